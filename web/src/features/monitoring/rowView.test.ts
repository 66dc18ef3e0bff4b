import { describe, expect, it } from 'vitest';
import { reduceFeed } from './feedState';
import { NO_FILTERS, nextSort, visibleRows } from './rowView';
import { rowOf, snapshotOf } from './testRows';

const T0 = Date.parse('2025-01-01T00:00:00.000Z');
const rows = reduceFeed(null, {
  type: 'snapshot',
  receivedAt: 0,
  data: snapshotOf([
    rowOf({ sessionId: 'c', workerName: 'Citra', unit: 'Gudang', answeredCount: 20, remainingMs: 100_000, lastSeenAt: new Date(T0 - 5 * 60_000).toISOString() }),
    rowOf({ sessionId: 'a', workerName: 'andi', unit: 'Produksi 2', answeredCount: 5, remainingMs: 300_000 }),
    rowOf({ sessionId: 'b', workerName: 'Budi', unit: null, status: 'not_started', remainingMs: null, lastSeenAt: null, presence: 'offline' }),
    rowOf({ sessionId: 'd', workerName: 'Dewi', unit: 'Produksi 10', status: 'submitted', answeredCount: 30, remainingMs: null }),
  ]),
})!.rows;
const ids = (list: { sessionId: string }[]) => list.map((r) => r.sessionId);
const byName = { key: 'name', direction: 'asc' } as const;

describe('visibleRows', () => {
  it('sorts names without regard to case, and flips with the direction', () => {
    expect(ids(visibleRows(rows, NO_FILTERS, byName, T0, 'id'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(visibleRows(rows, NO_FILTERS, { key: 'name', direction: 'desc' }, T0, 'id'))).toEqual(['d', 'c', 'b', 'a']);
  });

  it('puts rows without a value last in both directions', () => {
    expect(ids(visibleRows(rows, NO_FILTERS, { key: 'timeLeft', direction: 'asc' }, T0, 'id'))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(visibleRows(rows, NO_FILTERS, { key: 'timeLeft', direction: 'desc' }, T0, 'id'))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(visibleRows(rows, NO_FILTERS, { key: 'unit', direction: 'asc' }, T0, 'id'))).toEqual(['c', 'a', 'd', 'b']);
  });

  it('orders status by what HC acts on first, and progress by share answered', () => {
    expect(ids(visibleRows(rows, NO_FILTERS, { key: 'status', direction: 'asc' }, T0, 'id'))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(visibleRows(rows, NO_FILTERS, { key: 'progress', direction: 'desc' }, T0, 'id'))).toEqual(['d', 'c', 'a', 'b']);
  });

  it('filters on name or unit text, status and presence', () => {
    expect(ids(visibleRows(rows, { ...NO_FILTERS, q: ' PRODUKSI ' }, byName, T0, 'id'))).toEqual(['a', 'd']);
    expect(ids(visibleRows(rows, { ...NO_FILTERS, q: 'cit' }, byName, T0, 'id'))).toEqual(['c']);
    expect(ids(visibleRows(rows, { ...NO_FILTERS, status: 'not_started' }, byName, T0, 'id'))).toEqual(['b']);
    expect(ids(visibleRows(rows, { ...NO_FILTERS, presence: 'away' }, byName, T0, 'id'))).toEqual(['c']);
  });
});

describe('nextSort', () => {
  it('flips the current column and starts a new one ascending, last seen newest first', () => {
    expect(nextSort(byName, 'name')).toEqual({ key: 'name', direction: 'desc' });
    expect(nextSort(byName, 'unit')).toEqual({ key: 'unit', direction: 'asc' });
    expect(nextSort(byName, 'lastSeen')).toEqual({ key: 'lastSeen', direction: 'desc' });
  });
});
