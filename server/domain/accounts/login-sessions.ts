import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Role } from '../../../common/roles.js';
import type { Db } from '../../db/database.js';
import { authSessions, users } from '../../db/schema.js';
import { publishLoginSessionsEnded } from '../../realtime/login-session-events.js';

/** `expiresAt`: the login session's absolute end (idle expiry can come sooner). */
export type AuthUser = { id: string; name: string; role: Role; tokenHash: string; expiresAt: Date };

export type SessionPolicy = { idleMs: number; maxMs: number };

/** last_seen_at is written at most this often per session, so reading pages costs no writes. */
const TOUCH_EVERY_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createLoginSession(
  db: Db,
  policy: SessionPolicy,
  userId: string,
  client: { ip?: string; userAgent?: string },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(authSessions).values({
    tokenHash: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + policy.maxMs),
    ip: client.ip ?? null,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

/** Not expired, not idle too long, and its user still active (auth_sessions joined with users). */
const isLive = (policy: SessionPolicy) =>
  and(eq(users.active, true), gt(authSessions.expiresAt, sql`now()`), gt(authSessions.lastSeenAt, new Date(Date.now() - policy.idleMs)));

/**
 * The user behind a session token, or null when the token is unknown, expired, idle too long or
 * belongs to a deactivated user. The check runs on every request, so deactivation ends sessions at once.
 */
export async function resolveLoginSession(db: Db, policy: SessionPolicy, token: string): Promise<AuthUser | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ id: users.id, name: users.name, role: users.role, lastSeenAt: authSessions.lastSeenAt, expiresAt: authSessions.expiresAt })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.tokenHash, tokenHash), isLive(policy)));
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(authSessions).set({ lastSeenAt: sql`now()` }).where(eq(authSessions.tokenHash, tokenHash));
  }
  return { id: row.id, name: row.name, role: row.role, tokenHash, expiresAt: row.expiresAt };
}

/**
 * Which of `tokenHashes` still belong to a live login session -> token hash => the user's current
 * role. One query per 1,000 hashes, for re-checking every open event stream at once. Does not
 * count as activity (nothing is touched).
 */
export async function liveLoginSessions(db: Db, policy: SessionPolicy, tokenHashes: string[]): Promise<Map<string, Role>> {
  const live = new Map<string, Role>();
  for (let i = 0; i < tokenHashes.length; i += 1000) {
    const rows = await db
      .select({ tokenHash: authSessions.tokenHash, role: users.role })
      .from(authSessions)
      .innerJoin(users, eq(users.id, authSessions.userId))
      .where(and(inArray(authSessions.tokenHash, tokenHashes.slice(i, i + 1000)), isLive(policy)));
    for (const row of rows) live.set(row.tokenHash, row.role);
  }
  return live;
}

/** Logs one session out; its event streams end on every instance when this commits. */
export async function endLoginSession(db: Db, token: string): Promise<void> {
  const tokenHash = hashToken(token);
  await db.transaction(async (tx) => {
    await tx.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash));
    await publishLoginSessionsEnded(tx, { tokenHash });
  });
}

/** Logs a user out everywhere (deactivation, password reset); run it inside the caller's transaction. */
export async function endAllLoginSessions(db: Db, userId: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.userId, userId));
  await publishLoginSessionsEnded(db, { userId });
}
