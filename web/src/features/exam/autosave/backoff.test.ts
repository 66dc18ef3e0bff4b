import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff';

describe('retryDelayMs', () => {
  it('doubles from 0.5 s up to 15 s', () => {
    const top = () => 1;
    expect([1, 2, 3, 4, 5, 6, 7, 12].map((attempt) => retryDelayMs(attempt, top))).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });

  it('jitters between half and all of the step', () => {
    expect(retryDelayMs(3, () => 0)).toBe(1000);
    expect(retryDelayMs(3, () => 0.5)).toBe(1500);
  });
});
