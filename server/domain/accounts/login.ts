import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { users } from '../../db/schema.js';
import { msg, unauthenticated } from '../../errors.js';
import { createLoginSession, type SessionPolicy } from './login-sessions.js';
import { clearLoginFailures, countFailure, refundLoginAttempt, reserveLoginAttempt, throttleCounters, type ThrottlePolicy } from './login-throttle.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';

export type LoginPolicies = { session: SessionPolicy; throttle: ThrottlePolicy };

/** One message for an unknown user, a wrong password and a deactivated account: no account enumeration. */
const WRONG_CREDENTIALS = msg('login.wrongCredentials');

/**
 * Checks the credentials and opens a login session -> `{user, token}`. Throws 401
 * `unauthenticated` (wrong credentials), 429 `rate_limited` (too many failures for this username
 * or IP in the window) or 503 `busy` (too many logins waiting for a password check).
 */
export async function login(
  db: Db,
  policies: LoginPolicies,
  input: { username: string; password: string; ip: string; userAgent?: string },
) {
  const counters = throttleCounters(policies.throttle, input.username, input.ip);
  // Counted as a failure of this username from here on, until it proves to be something else.
  await reserveLoginAttempt(db, policies.throttle, counters);
  let user: typeof users.$inferSelect | undefined;
  let passwordOk: boolean;
  try {
    [user] = await db
      .select()
      .from(users)
      .where(eq(sql`lower(${users.username})`, input.username.toLowerCase()));
    passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  } catch (err) {
    // The password was never checked (busy, database trouble): not a guess. If the refund fails
    // too, the original error is the one to report.
    await refundLoginAttempt(db, counters.user).catch(() => {});
    throw err;
  }
  if (!user || !user.active || !passwordOk) {
    await countFailure(db, policies.throttle, counters.ip);
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  await clearLoginFailures(db, counters.user);
  const token = await createLoginSession(db, policies.session, user.id, input);
  return { user, token };
}
