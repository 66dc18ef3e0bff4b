/** Checked in order: Edge, Opera and Samsung Internet also carry "Chrome/", every Chromium "Safari/". */
const BROWSERS: ReadonlyArray<[name: string, version: RegExp]> = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\bOPR\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /(?:Chrome|CriOS)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+).*\bSafari\//],
];

/** Checked in order: Android says "Linux", iPadOS may say "Mac OS X" (then "Mobile" tells it apart). */
const SYSTEMS: ReadonlyArray<[name: string, test: RegExp]> = [
  ['Android', /\bAndroid\b/],
  ['iOS', /\b(?:iPhone|iPad|iPod)\b|Macintosh.*\bMobile\//],
  ['Windows', /\bWindows\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['macOS', /\bMac OS X\b|\bMacintosh\b/],
  ['Linux', /\bLinux\b/],
];

/**
 * A person-readable summary of a User-Agent header for the attempt timeline, e.g.
 * "Chrome 131 · Windows", "Safari 17 · iOS", "Android" (system only), or null when neither the
 * browser nor the system is recognised (scripts, empty headers). Good enough to tell two devices
 * apart; not a device fingerprint.
 */
export function browserSummary(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  let browser: string | null = null;
  for (const [name, version] of BROWSERS) {
    const match = version.exec(userAgent);
    if (match) {
      browser = `${name} ${match[1]}`;
      break;
    }
  }
  const system = SYSTEMS.find(([, test]) => test.test(userAgent))?.[0] ?? null;
  return [browser, system].filter(Boolean).join(' · ') || null;
}
