import { describe, expect, it } from 'vitest';
import { auditDiff, wibDayRange, wibDayStart } from './auditView';

describe('wibDayRange', () => {
  it('turns WIB calendar days into a UTC range, the last day included', () => {
    expect(wibDayStart('2026-11-30')).toBe('2026-11-29T17:00:00.000Z');
    expect(wibDayRange('2026-11-30', '2026-11-30')).toEqual({ from: '2026-11-29T17:00:00.000Z', to: '2026-11-30T17:00:00.000Z' });
    expect(wibDayRange('2026-12-31', '2026-12-31').to).toBe('2026-12-31T17:00:00.000Z');
  });

  it('leaves an empty or malformed end open', () => {
    expect(wibDayRange('', '')).toEqual({ from: undefined, to: undefined });
    expect(wibDayRange('30/11/2026', '2026-11-01')).toEqual({ from: undefined, to: '2026-11-01T17:00:00.000Z' });
  });
});

describe('auditDiff', () => {
  it('lines up changed, same, added and removed fields, nested ones by dotted path', () => {
    const before = { key: 'A. Helm', attempts: 3, meanScore: 40, settings: { minutes: 30, review: false }, gone: 'x' };
    const after = { key: 'B. Sepatu', attempts: 3, meanScore: 60.5, settings: { minutes: 45, review: false }, rescored: 3 };
    expect(auditDiff(before, after)).toEqual([
      { path: 'key', before: 'A. Helm', after: 'B. Sepatu', change: 'changed' },
      { path: 'attempts', before: 3, after: 3, change: 'same' },
      { path: 'meanScore', before: 40, after: 60.5, change: 'changed' },
      { path: 'settings.minutes', before: 30, after: 45, change: 'changed' },
      { path: 'settings.review', before: false, after: false, change: 'same' },
      { path: 'gone', before: 'x', after: undefined, change: 'removed' },
      { path: 'rescored', before: undefined, after: 3, change: 'added' },
    ]);
  });

  it('treats a missing side (a creation or deletion) as all added or all removed', () => {
    expect(auditDiff(null, { title: 'K3' })).toEqual([{ path: 'title', before: undefined, after: 'K3', change: 'added' }]);
    expect(auditDiff({ title: 'K3' }, null)).toEqual([{ path: 'title', before: 'K3', after: undefined, change: 'removed' }]);
    expect(auditDiff(null, null)).toEqual([]);
  });

  it('compares arrays and scalars as whole values', () => {
    expect(auditDiff({ ids: [1, 2] }, { ids: [1, 2] })[0]!.change).toBe('same');
    expect(auditDiff({ ids: [1, 2] }, { ids: [2, 1] })[0]!.change).toBe('changed');
    expect(auditDiff(30, 45)).toEqual([{ path: '', before: 30, after: 45, change: 'changed' }]);
  });
});
