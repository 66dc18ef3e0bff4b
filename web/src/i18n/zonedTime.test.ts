import { describe, expect, it } from 'vitest';
import { instantOf, parseWallClock, wallClockIn } from './zonedTime';

describe('wall-clock times in an assessment zone (whatever zone the browser is in)', () => {
  it('reads an instant on the clocks of WIB, WITA and WIT', () => {
    expect(wallClockIn('2026-11-30T00:00:00Z', 'Asia/Jakarta')).toBe('2026-11-30T07:00');
    expect(wallClockIn('2026-11-30T00:00:00Z', 'Asia/Makassar')).toBe('2026-11-30T08:00');
    expect(wallClockIn('2026-11-29T16:30:59Z', 'Asia/Jayapura')).toBe('2026-11-30T01:30');
  });

  it('turns a wall-clock time in a zone into the instant the API stores', () => {
    expect(instantOf('2026-11-30T08:00', 'Asia/Makassar')).toBe('2026-11-30T00:00:00.000Z');
    expect(instantOf('2026-12-01T00:15', 'Asia/Jakarta')).toBe('2026-11-30T17:15:00.000Z');
    expect(instantOf('2026-11-30T08:00', 'Asia/Jayapura')).toBe('2026-11-29T23:00:00.000Z');
  });

  it('round-trips, and leaves an empty or unreadable field to the schema', () => {
    expect(wallClockIn(instantOf('2026-02-28T23:59', 'Asia/Makassar'), 'Asia/Makassar')).toBe('2026-02-28T23:59');
    expect(instantOf('', 'Asia/Jakarta')).toBe('');
    expect(instantOf('30/11/2026', 'Asia/Jakarta')).toBe('30/11/2026');
    expect(parseWallClock('')).toBeNull();
  });
});
