const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The wall-clock time of `instant` in `timeZone` (IANA name), as a Date whose UTC fields hold it:
 * 2026-11-25T03:00Z in Asia/Jakarta -> 2026-11-25T10:00Z. Excel cells have no zone and ExcelJS
 * writes a Date from its UTC fields, so this is how a cell shows WIB/WITA/WIT time.
 * Milliseconds are kept.
 */
export function wallClockDate(instant: Date, timeZone: string): Date {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!, instant.getUTCMilliseconds()));
}
