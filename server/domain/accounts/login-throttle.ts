import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { loginThrottle } from '../../db/schema.js';
import { AppError } from '../../errors.js';

/**
 * `maxFailures` per username; an IP gets ten times as many, because a whole exam room often logs
 * in from behind one office NAT address.
 */
export type ThrottlePolicy = { maxFailures: number; windowMs: number };
const IP_ALLOWANCE_FACTOR = 10;

export type Counter = { key: string; max: number };

/** Failed logins are counted per username and per client IP, in the database so instances agree. */
export function throttleCounters(policy: ThrottlePolicy, username: string, ip: string): { user: Counter; ip: Counter } {
  return {
    user: { key: `u:${username.toLowerCase()}`, max: policy.maxFailures },
    ip: { key: `ip:${ip}`, max: policy.maxFailures * IP_ALLOWANCE_FACTOR },
  };
}

/**
 * Counts one attempt on every counter BEFORE the password is checked, in the same statement that
 * reads the counts (an upsert that increments and returns them), so that parallel attempts cannot
 * all pass a check made before any of them was counted. A reserved attempt stays counted as a
 * failure unless the caller refunds it (success, or the password was never checked).
 * Throws AppError 429 `rate_limited` when a counter is over its limit; that attempt is refunded,
 * so a locked username does not use up its office's IP allowance.
 */
export async function reserveLoginAttempt(db: Db, policy: ThrottlePolicy, counters: Counter[]): Promise<void> {
  const expired = sql`${loginThrottle.windowStartedAt} <= now() - make_interval(secs => ${policy.windowMs / 1000})`;
  const counts = await db
    .insert(loginThrottle)
    .values(counters.map(({ key }) => ({ key, failures: 1, windowStartedAt: sql`now()` })))
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${expired} then now() else ${loginThrottle.windowStartedAt} end`,
      },
    })
    .returning({ key: loginThrottle.key, failures: loginThrottle.failures });
  const over = counters.some((c) => (counts.find((row) => row.key === c.key)?.failures ?? 0) > c.max);
  if (over) {
    await refundLoginAttempt(db, counters);
    const minutes = Math.ceil(policy.windowMs / 60_000);
    throw new AppError(429, 'rate_limited', `Too many failed login attempts. Try again in ${minutes} minutes.`);
  }
}

/** Takes back one reserved attempt per counter (one row per statement, in order: no lock cycles). */
export async function refundLoginAttempt(db: Db, counters: Counter[]): Promise<void> {
  for (const { key } of counters) {
    await db
      .update(loginThrottle)
      .set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
      .where(eq(loginThrottle.key, key));
  }
}

export async function clearLoginFailures(db: Db, counter: Counter): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, counter.key));
}
