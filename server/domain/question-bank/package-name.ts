const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** 0 -> A, 25 -> Z, 26 -> AA, like spreadsheet columns. */
export function letterName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = ALPHABET[(n - 1) % 26] + name;
  return name;
}

/** The first letter name (A, B, C, …) that none of `taken` uses, compared case-insensitively. */
export function nextPackageName(taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toUpperCase()));
  let index = 0;
  while (used.has(letterName(index))) index++;
  return letterName(index);
}

/** Package order everywhere (editor, export): by name, with numbers in names compared as numbers. */
export const comparePackageNames = new Intl.Collator('en', { numeric: true }).compare;
