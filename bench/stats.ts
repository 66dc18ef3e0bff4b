// Small statistics for the load run: percentiles over recorded latencies and tallies of outcomes.

/** The p-quantile (p in 0..1) of `values` by the nearest-rank method; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Latency summary in ms (rounded to 0.1 ms) of `values` (ms). */
export function summarize(values: readonly number[]) {
  const round = (n: number) => Math.round(n * 10) / 10;
  return { count: values.length, p50: round(percentile(values, 0.5)), p95: round(percentile(values, 0.95)), p99: round(percentile(values, 0.99)), max: round(values.length ? Math.max(...values) : NaN) };
}
export type Summary = ReturnType<typeof summarize>;

/** Counts by key, e.g. `{"PUT answer 503": 2}`. */
export type Tally = Record<string, number>;

export function addTo(tally: Tally, key: string, n = 1): void {
  tally[key] = (tally[key] ?? 0) + n;
}

export function mergeTallies(tallies: readonly Tally[]): Tally {
  const merged: Tally = {};
  for (const t of tallies) for (const [k, n] of Object.entries(t)) addTo(merged, k, n);
  return merged;
}

export const totalOf = (tally: Tally) => Object.values(tally).reduce((a, b) => a + b, 0);

/** A think time (ms) drawn from the exponential distribution with the given mean (ms): a Poisson process of actions. */
export function exponentialDelay(meanMs: number, random: () => number = Math.random): number {
  return -Math.log(1 - random()) * meanMs;
}

/**
 * The worker counts to try, smallest first, from `start` up to `max` on the ladder 1-2-5 per
 * decade (1,000, 2,000, 5,000, 10,000), e.g. ladder(1000, 10000) -> [1000, 2000, 5000, 10000].
 */
export function ladder(start: number, max: number): number[] {
  const steps: number[] = [];
  for (let decade = 1; decade <= max; decade *= 10) {
    for (const m of [1, 2, 5]) {
      const n = m * decade;
      if (n >= start && n <= max) steps.push(n);
    }
  }
  return steps;
}
