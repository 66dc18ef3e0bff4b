import { sql } from 'drizzle-orm';
import { handleOf, type Database, type Db } from '../db/database.js';

/**
 * "The event streams opened under these login sessions must end": one login session (logout, a
 * new login in the same browser) or every session of a user (deactivation, password reset, role
 * change). Sent with NOTIFY inside the transaction that ends them, so it is delivered only if that
 * commits, to every instance (the sender included). Only hashes and ids travel, never tokens.
 */
export type LoginSessionsEnded = { tokenHash: string } | { userId: string };

export const LOGIN_SESSIONS_CHANNEL = 'ujian_login_sessions';

/** Per database handle: this instance's listeners told at once (see {@link onLoginSessionsEnding}). */
const localListeners = new WeakMap<object, Set<(ended: LoginSessionsEnded) => void>>();

/**
 * Tells `listener` of every announcement published on `db` (or a transaction of it) by this
 * instance the moment it is published, before it commits, so that the instance that ends a login
 * session never serves it from a cache while the NOTIFY is on its way back. Forgetting too early
 * only costs a re-read. Returns an unsubscribe function.
 */
export function onLoginSessionsEnding(db: Db, listener: (ended: LoginSessionsEnded) => void): () => void {
  const key = handleOf(db);
  let set = localListeners.get(key);
  if (!set) localListeners.set(key, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Queues the announcement for delivery when the surrounding transaction commits (and tells this instance's listeners now). */
export async function publishLoginSessionsEnded(db: Db, ended: LoginSessionsEnded): Promise<void> {
  for (const listener of localListeners.get(handleOf(db)) ?? []) listener(ended);
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
