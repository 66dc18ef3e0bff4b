import { inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { authSessions, loginThrottle } from '../../db/schema.js';
import { runPeriodically } from '../run-periodically.js';

/** Rows deleted per statement: short statements hold few locks and never stall logins. */
const BATCH = 1000;
/** Dead rows only cost space, so a sweep every few minutes is plenty. */
export const PURGE_INTERVAL_MS = 10 * 60_000;

export type PurgePolicy = {
  /** A login session unused this long is dead (SESSION_IDLE_MINUTES), ms. */
  sessionIdleMs: number;
  /** A failed-login counter older than this has run out (LOGIN_WINDOW_MINUTES), ms. */
  throttleWindowMs: number;
};

/**
 * Deletes login sessions nobody can use any more (past their absolute expiry, or idle too long)
 * and failed-login counters whose window is over (one row per username an attacker tried), so
 * neither table grows without end. Returns how many rows of each went.
 * Harmless when several instances run it at once: each batch claims its rows with
 * FOR UPDATE SKIP LOCKED, so instances split the work instead of waiting on each other, and a
 * deleted counter is exactly what an expired one means to the login throttle (a fresh start).
 */
export async function purgeExpiredAccountRows(db: Db, policy: PurgePolicy): Promise<{ sessions: number; throttleRows: number }> {
  const idleCutoff = new Date(Date.now() - policy.sessionIdleMs);
  const windowCutoff = new Date(Date.now() - policy.throttleWindowMs);
  const sessions = await deleteInBatches(async () => {
    const dead = db
      .select({ tokenHash: authSessions.tokenHash })
      .from(authSessions)
      .where(or(lte(authSessions.expiresAt, sql`now()`), lte(authSessions.lastSeenAt, idleCutoff)))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    return (await db.delete(authSessions).where(inArray(authSessions.tokenHash, dead)).returning({ tokenHash: authSessions.tokenHash })).length;
  });
  const throttleRows = await deleteInBatches(async () => {
    const stale = db
      .select({ key: loginThrottle.key })
      .from(loginThrottle)
      .where(lte(loginThrottle.windowStartedAt, windowCutoff))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    return (await db.delete(loginThrottle).where(inArray(loginThrottle.key, stale)).returning({ key: loginThrottle.key })).length;
  });
  return { sessions, throttleRows };
}

async function deleteInBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch();
    total += deleted;
    if (deleted < BATCH) return total;
  }
}

/** Runs the purge every PURGE_INTERVAL_MS on this instance until stopped. */
export function startExpiredRowPurge(db: Db, policy: PurgePolicy, onError: (err: unknown) => void): () => void {
  return runPeriodically(() => purgeExpiredAccountRows(db, policy), PURGE_INTERVAL_MS, onError);
}
