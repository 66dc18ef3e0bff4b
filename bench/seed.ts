import { randomBytes } from 'node:crypto';
import { sign } from '@fastify/cookie';
import type { Db } from '../server/db/database.js';
import { insertInChunks } from '../server/db/insert-in-chunks.js';
import { authSessions, users } from '../server/db/schema.js';
import { hashToken } from '../server/domain/accounts/login-sessions.js';
import { hashPassword } from '../server/domain/accounts/passwords.js';
import { SESSION_COOKIE } from '../server/http/plugins/authentication.js';
import { createExamFixture } from '../server/test/exam-fixtures.js';

/** The password of every benchmark account (the login measurement uses it). */
export const BENCH_PASSWORD = 'bench-password-2026';

/** A signed-in account: its `cookie` header value carries a login session written to the database. */
export type BenchAccount = { username: string; cookie: string };

export type BenchAccounts = { workers: BenchAccount[]; probes: BenchAccount[]; hcs: BenchAccount[] };

/** The load's questions per exam and per page (a worker changes page after each page's answers). */
export const EXAM_SHAPE = { questionCount: 30, questionsPerPage: 10 };

/**
 * Writes `counts` accounts straight to the database (coachees `bw<i>` for the load, `bp<i>` for
 * the latency probes, HCs `bhc<i>` for the dashboards), all with one Argon2id hash of
 * BENCH_PASSWORD made once, and a login session for each, as if each had logged in: logging
 * 10,000 workers in over HTTP would take minutes of Argon2id (the login rate is measured apart).
 * The cookie is signed with `secret`, the server's SESSION_SECRET, as the server signs it.
 */
export async function seedAccounts(db: Db, secret: string, counts: { workers: number; probes: number; hcs: number }): Promise<BenchAccounts> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const make = (prefix: string, n: number, role: 'coachee' | 'hc') =>
    Array.from({ length: n }, (_, i) => ({ username: `${prefix}${i + 1}`, passwordHash, name: `Bench ${prefix}${i + 1}`, role, unit: 'Bench' }));
  const rows = [...make('bw', counts.workers, 'coachee'), ...make('bp', counts.probes, 'coachee'), ...make('bhc', counts.hcs, 'hc')];
  await insertInChunks(db, users, rows);
  const ids = new Map((await db.select({ id: users.id, username: users.username }).from(users)).map((u) => [u.username, u.id]));
  const tokens = rows.map((r) => ({ username: r.username, token: randomBytes(32).toString('base64url') }));
  const expiresAt = new Date(Date.now() + 12 * 3_600_000);
  await insertInChunks(
    db,
    authSessions,
    tokens.map((t) => ({ tokenHash: hashToken(t.token), userId: ids.get(t.username)!, expiresAt, userAgent: 'ujian-bench' })),
  );
  const accounts = tokens.map((t) => ({ username: t.username, cookie: `${SESSION_COOKIE}=${encodeURIComponent(sign(t.token, secret))}` }));
  const byPrefix = (prefix: string) => accounts.filter((a) => new RegExp(`^${prefix}\\d+$`).test(a.username));
  return { workers: byPrefix('bw'), probes: byPrefix('bp'), hcs: byPrefix('bhc') };
}

/** One exam for one load step: an open assessment (10 hours long) with a not-started session per username. */
export async function seedExam(db: Db, usernames: string[]) {
  return createExamFixture(db, { workers: usernames, ...EXAM_SHAPE, durationMinutes: 600 });
}
