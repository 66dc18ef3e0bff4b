import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/database.js';

/**
 * "The event streams opened under these login sessions must end": one login session (logout, a
 * new login in the same browser) or every session of a user (deactivation, password reset, role
 * change). Sent with NOTIFY inside the transaction that ends them, so it is delivered only if that
 * commits, to every instance (the sender included). Only hashes and ids travel, never tokens.
 */
export type LoginSessionsEnded = { tokenHash: string } | { userId: string };

export const LOGIN_SESSIONS_CHANNEL = 'ujian_login_sessions';

/** Queues the announcement for delivery when the surrounding transaction commits. */
export async function publishLoginSessionsEnded(db: Db, ended: LoginSessionsEnded): Promise<void> {
  await db.execute(sql`select pg_notify(${LOGIN_SESSIONS_CHANNEL}, ${JSON.stringify(ended)})`);
}

/**
 * Calls `onEnded` for every announcement of every instance, and `onMissed` after the LISTEN
 * connection came back (announcements sent meanwhile are lost); resolves to an unsubscribe function.
 */
export function listenForEndedLoginSessions(
  database: Database,
  onEnded: (ended: LoginSessionsEnded) => void,
  onMissed: () => void,
): Promise<() => Promise<void>> {
  return database.listen(LOGIN_SESSIONS_CHANNEL, (payload) => onEnded(JSON.parse(payload) as LoginSessionsEnded), onMissed);
}
