/** A countdown: "4:05", or "1:04:05" from an hour up. Rounded up, so 0:00 means the time is really up. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];

/** "12 detik yang lalu" / "12 seconds ago"; null under `justNowMs` (the caller says "just now"). */
export function formatAgo(ageMs: number, locale: string, justNowMs = 5_000): string | null {
  if (ageMs < justNowMs) return null;
  const [unit, size] = UNITS.find(([, unitMs]) => ageMs >= unitMs) ?? UNITS[UNITS.length - 1]!;
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(-Math.floor(ageMs / size), unit);
}
