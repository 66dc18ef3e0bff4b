import type { ChaosOptions } from './run-chaos.js';

/** Each request independently: 5 % dropped, 25 % delayed 0-2 s, 5 % reordered, 5 % duplicated, 5 % answer cut off. */
export const FAULT_RATES = { drop: 0.05, delay: 0.25, reorder: 0.05, duplicate: 0.05, cut: 0.05 };

/** Inside `npm test`: small enough for about a minute. */
export const SMALL_RUN: ChaosOptions = { workers: 20, questions: 10, answeringMs: 20_000, postgresDownMs: 3_000, rates: FAULT_RATES };

/** `npm run chaos`. */
export const LARGE_RUN: ChaosOptions = { workers: 500, questions: 50, answeringMs: 240_000, postgresDownMs: 10_000, rates: FAULT_RATES };
