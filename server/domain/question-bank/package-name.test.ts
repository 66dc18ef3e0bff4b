import { describe, expect, it } from 'vitest';
import { comparePackageNames, letterName, nextPackageName } from './package-name.js';

describe('package names', () => {
  it('counts like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letterName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('takes the first free letter, filling gaps', () => {
    expect(nextPackageName([])).toBe('A');
    expect(nextPackageName(['A', 'B'])).toBe('C');
    expect(nextPackageName(['a', 'C'])).toBe('B');
    expect(nextPackageName(['Paket Pagi'])).toBe('A');
  });

  it('orders names with numbers naturally', () => {
    expect(['Paket 10', 'B', 'Paket 2', 'A'].sort(comparePackageNames)).toEqual(['A', 'B', 'Paket 2', 'Paket 10']);
  });
});
