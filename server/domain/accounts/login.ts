import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { users } from '../../db/schema.js';
import { unauthenticated } from '../../errors.js';
import { createLoginSession, type SessionPolicy } from './login-sessions.js';
import { assertNotThrottled, clearLoginFailures, recordLoginFailure, throttleCounters, type ThrottlePolicy } from './login-throttle.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';

export type LoginPolicies = { session: SessionPolicy; throttle: ThrottlePolicy };

/** One message for an unknown user, a wrong password and a deactivated account: no account enumeration. */
const WRONG_CREDENTIALS = 'Wrong username or password.';

export async function login(
  db: Db,
  policies: LoginPolicies,
  input: { username: string; password: string; ip: string; userAgent?: string },
) {
  const counters = throttleCounters(policies.throttle, input.username, input.ip);
  await assertNotThrottled(db, policies.throttle, [counters.user, counters.ip]);

  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, input.username.toLowerCase()));
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !user.active || !passwordOk) {
    await recordLoginFailure(db, policies.throttle, [counters.user, counters.ip]);
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  await clearLoginFailures(db, counters.user);
  const token = await createLoginSession(db, policies.session, user.id, input);
  return { user, token };
}
