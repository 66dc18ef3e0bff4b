import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Language } from '../../../common/languages.js';
import type { Role } from '../../../common/roles.js';
import type { Db } from '../../db/database.js';
import { authSessions, users } from '../../db/schema.js';
import { preparedSql, toDate } from '../../db/prepared-sql.js';
import { publishLoginSessionsEnded } from '../../realtime/login-session-events.js';

/**
 * `expiresAt`: the login session's absolute end (idle expiry can come sooner); `language`: the one
 * the user chose in the app, null until they choose (server messages then follow Accept-Language).
 */
export type AuthUser = { id: string; name: string; role: Role; language: Language | null; tokenHash: string; expiresAt: Date };

export type SessionPolicy = { idleMs: number; maxMs: number };

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

/** A live login session as {@link findLoginSession} reads it; `lastSeenAt` feeds the idle expiry. */
export type FoundLoginSession = { user: AuthUser; lastSeenAt: Date };

const p = sql.placeholder;
const findStatement = preparedSql<{ id: string; name: string; role: Role; language: Language | null; last_seen_at: string; expires_at: string }>(
  'find_login_session',
  () => sql`
    select u.id, u.name, u.role, u.language, s.last_seen_at, s.expires_at
    from auth_sessions s join users u on u.id = s.user_id
    where s.token_hash = ${p('tokenHash')}::text and u.active and s.expires_at > now()
      and s.last_seen_at > now() - ${p('idleMs')}::int * interval '1 millisecond'`,
);

/**
 * The live login session (not expired, not idle too long, its user active) behind a token hash,
 * or null. Reads only: activity is recorded with {@link touchLoginSessions}. Callers go through
 * the per-instance LoginSessionCache.
 */
export async function findLoginSession(db: Db, policy: SessionPolicy, tokenHash: string): Promise<FoundLoginSession | null> {
  const [row] = await findStatement(db, { tokenHash, idleMs: policy.idleMs });
  if (!row) return null;
  return {
    user: { id: row.id, name: row.name, role: row.role, language: row.language, tokenHash, expiresAt: toDate(row.expires_at)! },
    lastSeenAt: toDate(row.last_seen_at)!,
  };
}

const touchStatement = preparedSql<never>(
  'touch_login_sessions',
  () => sql`update auth_sessions set last_seen_at = now() where token_hash in (select json_array_elements_text(${p('tokenHashes')}::json))`,
);

/** Records activity (the sliding idle expiry) of many login sessions in one statement. */
export async function touchLoginSessions(db: Db, tokenHashes: string[]): Promise<void> {
  if (tokenHashes.length) await touchStatement(db, { tokenHashes: JSON.stringify(tokenHashes) });
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
