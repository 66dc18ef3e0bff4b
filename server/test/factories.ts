import { eq, sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import type { Assessment } from '../../common/schemas/assessments.js';
import type { AssignResponse } from '../../common/schemas/assignments.js';
import type { AuthoredQuestion } from '../../common/schemas/question-bank.js';
import type { Database } from '../db/database.js';
import { examSessions, users } from '../db/schema.js';
import { afterAll, beforeAll } from 'vitest';
import { createTestServer, type TestClient, type TestServer } from './test-server.js';

/**
 * For a test file: one server (fresh database with the demo data) created before its first test
 * and closed after its last, with a client logged in as HC. Read the fields inside tests.
 */
export function useTestServer(): { t: TestServer; hc: TestClient } {
  const context = {} as { t: TestServer; hc: TestClient };
  beforeAll(async () => {
    context.t = await createTestServer();
    context.hc = await context.t.loginAs('hc');
  });
  afterAll(() => context.t.close());
  return context;
}

/** An ISO time `hours` from now. */
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** The contract's assessment fields, open now for a day. */
export const assessmentBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Uji K3 Dasar',
  description: 'Keselamatan kerja',
  opensAt: hoursFromNow(-1),
  closesAt: hoursFromNow(24),
  durationMinutes: 30,
  passScore: 70,
  questionsPerPage: 10,
  shuffleQuestions: false,
  shuffleOptions: false,
  competencyIds: [],
  ...overrides,
});

/** A 4-option question whose correct option is the `correct`-th (0-based). */
export const questionBody = (text: string, correct = 0, points = 1) => ({
  text,
  points,
  options: ['Satu', 'Dua', 'Tiga', 'Empat'].map((o, i) => ({ text: `${o} (${text})`, correct: i === correct })),
});

/** The JSON body of a 2xx answer; anything else fails the test with the answer in the message. */
async function ok<T>(response: Promise<{ statusCode: number; body: string; json(): unknown }>): Promise<T> {
  const res = await response;
  if (res.statusCode >= 300) throw new Error(`expected success, got ${res.statusCode}: ${res.body}`);
  return res.json() as T;
}

export const createAssessment = (client: TestClient, overrides: Record<string, unknown> = {}) =>
  ok<Assessment>(client.post('/api/assessments', assessmentBody(overrides)));

export const createPackage = (client: TestClient, assessmentId: string, name?: string): Promise<{ id: string; name: string }> =>
  ok<{ id: string; name: string }>(client.post(`/api/assessments/${assessmentId}/packages`, name === undefined ? {} : { name }));

export const addQuestion = (client: TestClient, packageId: string, body = questionBody('Apa fungsi APD?')) =>
  ok<AuthoredQuestion>(client.post(`/api/packages/${packageId}/questions`, body));

/** An open assessment with `packages` packages of `questions` questions each. */
export async function assessmentWithQuestions(client: TestClient, options: { packages?: number; questions?: number; overrides?: Record<string, unknown> } = {}) {
  const assessment = await createAssessment(client, options.overrides);
  const packages: { id: string; name: string }[] = [];
  for (let p = 0; p < (options.packages ?? 2); p++) {
    const pkg = await createPackage(client, assessment.id);
    for (let q = 0; q < (options.questions ?? 2); q++) await addQuestion(client, pkg.id, questionBody(`Soal ${pkg.name}${q + 1}`, q % 4));
    packages.push(pkg);
  }
  return { assessment, packages };
}

export const assign = (client: TestClient, assessmentId: string, body: { userIds?: string[]; unit?: string }) =>
  ok<AssignResponse>(client.post(`/api/assessments/${assessmentId}/assignments`, body));

let madeUsers = 0;

/** A new active user created through the admin API -> `{id, username, password}`. */
export async function createUserVia(admin: TestClient, role: 'admin' | 'hc' | 'coach' | 'coachee' = 'coachee') {
  const username = `made.${role}.${process.pid}.${++madeUsers}`;
  const password = 'rahasia-123';
  const { user } = await ok<{ user: { id: string } }>(admin.post('/api/users', { username, password, name: `Made ${madeUsers}`, role }));
  return { id: user.id, username, password };
}

export async function userIdOf(database: Database, username: string): Promise<string> {
  const [user] = await database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!user) throw new Error(`no user ${username}`);
  return user.id;
}

/** What starting does to a session row, written directly: authoring tests do not go through delivery. */
export async function markStarted(database: Database, sessionId: string) {
  await database.db
    .update(examSessions)
    .set({ status: 'in_progress', startedAt: sql`now()`, deadline: sql`now() + interval '30 minutes'`, lastSeenAt: sql`now()` })
    .where(eq(examSessions.id, sessionId));
}

/** A submitted session with `percent`, marked passed by `passScore` as delivery does. */
export async function markSubmitted(database: Database, sessionId: string, percent: number, passScore: number) {
  await markStarted(database, sessionId);
  await database.db
    .update(examSessions)
    .set({ status: 'submitted', submittedAt: sql`now()`, submitKind: 'worker', scorePercent: percent, passed: percent >= passScore })
    .where(eq(examSessions.id, sessionId));
}

/** A multipart/form-data request body with one file in field "file". */
export function fileUpload(filename: string, content: Buffer | string): Pick<InjectOptions, 'payload' | 'headers'> {
  const boundary = '----ujian-test-boundary';
  return {
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      Buffer.from(content),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Row count of a table, for "nothing was written" checks. */
export async function countRows(database: Database, table: string): Promise<number> {
  const result = (await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}
