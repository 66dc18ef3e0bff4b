import { and, eq, gt, gte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { loginThrottle } from '../../db/schema.js';
import { AppError } from '../../errors.js';

/**
 * `maxFailures` per username; an IP gets ten times as many, because a whole exam room often logs
 * in from behind one office NAT address.
 */
export type ThrottlePolicy = { maxFailures: number; windowMs: number };
const IP_ALLOWANCE_FACTOR = 10;

type Counter = { key: string; max: number };

/** Failed logins are counted per username and per client IP, in the database so instances agree. */
export function throttleCounters(policy: ThrottlePolicy, username: string, ip: string): { user: Counter; ip: Counter } {
  return {
    user: { key: `u:${username.toLowerCase()}`, max: policy.maxFailures },
    ip: { key: `ip:${ip}`, max: policy.maxFailures * IP_ALLOWANCE_FACTOR },
  };
}

export async function assertNotThrottled(db: Db, policy: ThrottlePolicy, counters: Counter[]): Promise<void> {
  const windowStart = new Date(Date.now() - policy.windowMs);
  const [blocked] = await db
    .select({ key: loginThrottle.key })
    .from(loginThrottle)
    .where(
      and(
        or(...counters.map((c) => and(eq(loginThrottle.key, c.key), gte(loginThrottle.failures, c.max)))),
        gt(loginThrottle.windowStartedAt, windowStart),
      ),
    )
    .limit(1);
  if (blocked) {
    const minutes = Math.ceil(policy.windowMs / 60_000);
    throw new AppError(429, 'rate_limited', `Too many failed login attempts. Try again in ${minutes} minutes.`);
  }
}

export async function recordLoginFailure(db: Db, policy: ThrottlePolicy, counters: Counter[]): Promise<void> {
  const windowStart = new Date(Date.now() - policy.windowMs);
  const expired = sql`${loginThrottle.windowStartedAt} <= ${windowStart}`;
  await db
    .insert(loginThrottle)
    .values(counters.map(({ key }) => ({ key, failures: 1, windowStartedAt: new Date() })))
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${expired} then now() else ${loginThrottle.windowStartedAt} end`,
      },
    });
}

export async function clearLoginFailures(db: Db, counter: Counter): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, counter.key));
}
