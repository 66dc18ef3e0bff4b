import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { loginThrottle } from '../../db/schema.js';
import { AppError, msg } from '../../errors.js';

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
 * Counts one attempt on the username counter BEFORE the password is checked, in the same statement
 * that reads the count (an upsert that increments and returns it), so that parallel attempts cannot
 * all pass a check made before any of them was counted. A reserved attempt stays counted as a
 * failure unless the caller refunds it (success, or the password was never checked).
 * The IP counter is only read here and counts failures afterwards (`countFailure`): a whole exam
 * room logging in at once behind one NAT address must never be refused for logins still in flight.
 * Throws AppError 429 `rate_limited` when either counter is over its limit (the reservation is
 * refunded, so a locked username does not use up its office's IP allowance).
 */
export async function reserveLoginAttempt(db: Db, policy: ThrottlePolicy, counters: { user: Counter; ip: Counter }): Promise<void> {
  const [ipRow] = await db
    .select({ failures: loginThrottle.failures })
    .from(loginThrottle)
    .where(and(eq(loginThrottle.key, counters.ip.key), sql`not ${expired(policy)}`));
  if ((ipRow?.failures ?? 0) >= counters.ip.max) throw throttled(policy);
  const [userRow] = await countFailure(db, policy, counters.user);
  if ((userRow?.failures ?? 0) > counters.user.max) {
    await refundLoginAttempt(db, counters.user);
    throw throttled(policy);
  }
}

/** Adds one failure to `counter` (a new window when the old one is over) -> the row's new count. */
export function countFailure(db: Db, policy: ThrottlePolicy, counter: Counter) {
  return db
    .insert(loginThrottle)
    .values({ key: counter.key, failures: 1, windowStartedAt: sql`now()` })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${expired(policy)} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${expired(policy)} then now() else ${loginThrottle.windowStartedAt} end`,
      },
    })
    .returning({ failures: loginThrottle.failures });
}

const expired = (policy: ThrottlePolicy) => sql`${loginThrottle.windowStartedAt} <= now() - make_interval(secs => ${policy.windowMs / 1000})`;

function throttled(policy: ThrottlePolicy) {
  const minutes = Math.ceil(policy.windowMs / 60_000);
  return new AppError(429, 'rate_limited', msg('login.throttled', { minutes }));
}

/** Takes back one reserved attempt. */
export async function refundLoginAttempt(db: Db, counter: Counter): Promise<void> {
  await db
    .update(loginThrottle)
    .set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
    .where(eq(loginThrottle.key, counter.key));
}

export async function clearLoginFailures(db: Db, counter: Counter): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, counter.key));
}
