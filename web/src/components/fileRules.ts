/**
 * Whether `file` is of a type an `<input type="file" accept="…">` list allows: extensions
 * (".xlsx", any case), exact MIME types ("text/csv") and wildcards ("image/*"). The browser
 * filters what its dialog offers, but not what is dropped on the page, so drops are checked here.
 * An empty list accepts everything.
 */
export function acceptsFile(file: Pick<File, 'name' | 'type'>, accept: string): boolean {
  const allowed = accept
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  if (!allowed.length) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return allowed.some((entry) => {
    if (entry.startsWith('.')) return name.endsWith(entry);
    if (entry.endsWith('/*')) return type.startsWith(entry.slice(0, -1));
    return type === entry;
  });
}

const KB = 1024;

/** A file size for people, in the language's own format: "820 B", "12 kB", "3,4 MB" (1 kB = 1,024 bytes). */
export function formatFileSize(bytes: number, locale: string): string {
  if (bytes < KB) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'short' }).format(bytes);
  const [value, unit] = bytes < KB * KB ? [bytes / KB, 'kilobyte'] : [bytes / (KB * KB), 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}
