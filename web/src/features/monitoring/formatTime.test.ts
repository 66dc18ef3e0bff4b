import { describe, expect, it } from 'vitest';
import { formatAgo, formatCountdown } from './formatTime';

describe('formatCountdown', () => {
  it('shows m:ss, h:mm:ss from an hour, rounding up', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(30 * 60_000)).toBe('30:00');
    expect(formatCountdown(3_725_000)).toBe('1:02:05');
  });
});

describe('formatAgo', () => {
  it('leaves "just now" to the caller, then counts seconds, minutes, hours, days', () => {
    expect(formatAgo(4_000, 'en-GB')).toBeNull();
    expect(formatAgo(12_000, 'en-GB')).toBe('12 seconds ago');
    expect(formatAgo(3 * 60_000 + 59_000, 'en-GB')).toBe('3 minutes ago');
    expect(formatAgo(2 * 3_600_000, 'id-ID')).toBe('2 jam yang lalu');
    expect(formatAgo(3 * 86_400_000, 'id-ID')).toBe('3 hari yang lalu');
  });
});
