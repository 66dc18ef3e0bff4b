import { comparePackageNames } from '../question-bank/package-name.js';

export type PackageLoad = { id: string; name: string; sessions: number };

/**
 * The package for each of `count` new sessions: always one of those with the fewest sessions so
 * far (ties go to the first by name), so package sizes never differ by more than they already did.
 */
export function balancePackages(packages: PackageLoad[], count: number): string[] {
  if (!packages.length) throw new Error('balancePackages needs at least one package');
  const load = packages.map((p) => ({ ...p })).sort((a, b) => comparePackageNames(a.name, b.name));
  const chosen: string[] = [];
  for (let i = 0; i < count; i++) {
    const lightest = load.reduce((best, p) => (p.sessions < best.sessions ? p : best));
    lightest.sessions++;
    chosen.push(lightest.id);
  }
  return chosen;
}
