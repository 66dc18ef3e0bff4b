import { describe, expect, it } from 'vitest';
import { exponentialDelay, ladder, mergeTallies, percentile, summarize } from './stats.js';
import { missedTargets } from './targets.js';

// The benchmark's own logic, without timing anything: `npm run bench` relies on it to pick `workers`.
describe('bench harness', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
    expect(summarize([1, 2, 3]).count).toBe(3);
  });

  it('steps up 1-2-5 per decade within the bounds', () => {
    expect(ladder(1_000, 10_000)).toEqual([1_000, 2_000, 5_000, 10_000]);
    expect(ladder(200, 5_000)).toEqual([200, 500, 1_000, 2_000, 5_000]);
  });

  it('draws think times with the asked mean', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647);
    const draws = Array.from({ length: 20_000 }, () => exponentialDelay(15_000, random));
    expect(draws.reduce((a, b) => a + b, 0) / draws.length).toBeGreaterThan(14_000);
    expect(draws.reduce((a, b) => a + b, 0) / draws.length).toBeLessThan(16_000);
  });

  it('names every missed target, and none when all are met', () => {
    const ok = { count: 10, p50: 5, p95: 50, p99: 90, max: 95 };
    const step = { save: ok, errors: {}, startStorm: { ...ok, durationMs: 9_000 }, closeNotice: ok, dashboard: ok };
    expect(missedTargets(step)).toEqual([]);
    const missed = missedTargets({ ...step, save: { ...ok, p99: 101 }, errors: mergeTallies([{ 'save 503': 1 }, { 'save 503': 2 }]), startStorm: { ...ok, durationMs: 12_000 } });
    expect(missed).toEqual(['save p99 101 ms > 100 ms', '3 errors (save 503: 3)', 'start storm took 12.0 s > 10 s']);
  });
});
