import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Role } from '../../../common/roles.js';
import type { Db } from '../../db/database.js';
import { authSessions, users } from '../../db/schema.js';

export type AuthUser = { id: string; name: string; role: Role; tokenHash: string };

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

/**
 * The user behind a session token, or null when the token is unknown, expired, idle too long or
 * belongs to a deactivated user. The check runs on every request, so deactivation ends sessions at once.
 */
export async function resolveLoginSession(db: Db, policy: SessionPolicy, token: string): Promise<AuthUser | null> {
  const tokenHash = hashToken(token);
  const idleCutoff = new Date(Date.now() - policy.idleMs);
  const [row] = await db
    .select({ id: users.id, name: users.name, role: users.role, lastSeenAt: authSessions.lastSeenAt })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(
      and(
        eq(authSessions.tokenHash, tokenHash),
        eq(users.active, true),
        gt(authSessions.expiresAt, sql`now()`),
        gt(authSessions.lastSeenAt, idleCutoff),
      ),
    );
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(authSessions).set({ lastSeenAt: sql`now()` }).where(eq(authSessions.tokenHash, tokenHash));
  }
  return { id: row.id, name: row.name, role: row.role, tokenHash };
}

export async function endLoginSession(db: Db, token: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.tokenHash, hashToken(token)));
}

export async function endAllLoginSessions(db: Db, userId: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.userId, userId));
}
