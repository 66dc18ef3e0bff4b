import { describe, expect, it } from 'vitest';
import { balancePackages } from './balance-packages.js';

const tally = (ids: string[]) => ids.reduce<Record<string, number>>((t, id) => ({ ...t, [id]: (t[id] ?? 0) + 1 }), {});

describe('balancePackages', () => {
  it('alternates packages by name for a fresh assessment', () => {
    const packages = [
      { id: 'b', name: 'B', sessions: 0 },
      { id: 'a', name: 'A', sessions: 0 },
    ];
    expect(balancePackages(packages, 5)).toEqual(['a', 'b', 'a', 'b', 'a']);
  });

  it('fills the emptier packages first when workers are added later', () => {
    const packages = [
      { id: 'a', name: 'A', sessions: 7 },
      { id: 'b', name: 'B', sessions: 4 },
      { id: 'c', name: 'C', sessions: 0 },
    ];
    const chosen = balancePackages(packages, 10);
    expect(tally(chosen)).toEqual({ c: 7, b: 3 });
    expect(chosen.slice(0, 4)).toEqual(['c', 'c', 'c', 'c']);
  });

  it('does not change the loads it was given', () => {
    const packages = [{ id: 'a', name: 'A', sessions: 1 }];
    balancePackages(packages, 3);
    expect(packages[0]!.sessions).toBe(1);
  });
});
