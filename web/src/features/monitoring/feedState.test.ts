import { describe, expect, it } from 'vitest';
import { presenceAt, reduceFeed, serverTimeAt, timeLeftMs, type FeedState } from './feedState';
import { rowOf, snapshotOf } from './testRows';

const T0 = Date.parse('2025-01-01T00:00:00.000Z');

function start(rows = [rowOf()]): FeedState {
  return reduceFeed(null, { type: 'snapshot', data: snapshotOf(rows), receivedAt: 1_000 })!;
}

describe('reduceFeed', () => {
  it('a snapshot replaces everything', () => {
    const first = start([rowOf({ sessionId: 'a' }), rowOf({ sessionId: 'b' })]);
    const next = reduceFeed(first, { type: 'snapshot', data: snapshotOf([rowOf({ sessionId: 'c' })]), receivedAt: 2_000 })!;
    expect(next.rows.map((r) => r.sessionId)).toEqual(['c']);
    expect(next.clock).toEqual({ serverMs: T0, perfMs: 2_000 });
  });

  it('rows events update changed rows in place, add new ones, drop removed ones, and take the counts', () => {
    const state = start([rowOf({ sessionId: 'a' }), rowOf({ sessionId: 'b' })]);
    const counts = { not_started: 0, in_progress: 2, submitted: 0, closed: 0, abandoned: 0 };
    const next = reduceFeed(state, {
      type: 'rows',
      data: { rows: [rowOf({ sessionId: 'a', answeredCount: 3 }), rowOf({ sessionId: 'n' })], removed: ['b'], counts, serverNow: '2025-01-01T00:00:05.000Z' },
      receivedAt: 6_000,
    })!;
    expect(next.rows.map((r) => [r.sessionId, r.answeredCount])).toEqual([
      ['a', 3],
      ['n', 0],
    ]);
    expect(next.counts).toBe(counts);
  });

  it('ignores rows before any snapshot', () => {
    const counts = snapshotOf([]).counts;
    expect(reduceFeed(null, { type: 'rows', data: { rows: [rowOf()], removed: [], counts, serverNow: '2025-01-01T00:00:00.000Z' }, receivedAt: 0 })).toBeNull();
  });
});

describe('the local clock', () => {
  it('counts a running session down from its remainingMs by the monotonic clock', () => {
    const state = start([rowOf({ remainingMs: 60_000 })]);
    const now = serverTimeAt(state.clock, 1_000 + 15_500);
    expect(timeLeftMs(state.rows[0]!, now)).toBe(44_500);
    expect(timeLeftMs(state.rows[0]!, serverTimeAt(state.clock, 1_000 + 99_000))).toBe(0);
  });

  it('freezes a paused session and shows no time for one without a clock', () => {
    const state = start([rowOf({ sessionId: 'p', remainingMs: 60_000, flags: ['paused'] }), rowOf({ sessionId: 'n', status: 'not_started', remainingMs: null })]);
    const later = serverTimeAt(state.clock, 1_000 + 30_000);
    expect(timeLeftMs(state.rows[0]!, later)).toBe(60_000);
    expect(timeLeftMs(state.rows[1]!, later)).toBeNull();
  });

  it('re-reads presence from the last heartbeat as time passes', () => {
    const row = rowOf({ lastSeenAt: new Date(T0).toISOString(), presence: 'online' });
    expect(presenceAt(row, T0 + 59_000)).toBe('online');
    expect(presenceAt(row, T0 + 61_000)).toBe('away');
    expect(presenceAt(row, T0 + 11 * 60_000)).toBe('offline');
    expect(presenceAt(rowOf({ lastSeenAt: null, presence: 'offline' }), T0)).toBe('offline');
  });
});
