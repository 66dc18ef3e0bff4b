import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.js';
import { answerEvents, examSessions, sessionAnswers } from '../../db/schema.js';
import { createExamFixture, expireSession } from '../../test/exam-fixtures.js';
import { TEST_DB } from '../../test/test-database.js';
import { createTestServer, type TestClient, type TestServer } from '../../test/test-server.js';
import { sweepOverdueSessions } from './deadline-sweeper.js';
import { PackageCatalogs } from './package-catalog.js';

let t: TestServer;
let db: TestServer['database']['db'];
beforeAll(async () => {
  t = await createTestServer();
  db = t.database.db;
});
afterAll(() => t.close());

const shuffled = <T>(xs: T[]) => xs.map((x) => [Math.random(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
const eventsOf = async (sessionId: string) => Number((await db.select({ n: count() }).from(answerEvents).where(eq(answerEvents.sessionId, sessionId)))[0]!.n);

async function started(worker: string, options: Parameters<typeof createExamFixture>[1] = {}) {
  const fixture = await createExamFixture(db, { workers: [worker], ...options });
  const client = await t.loginAs(worker);
  const sessionId = fixture.sessions[worker]!;
  const res = await client.post(`/api/sessions/${sessionId}/start`);
  expect(res.statusCode, res.body).toBe(200);
  return { fixture, client, sessionId, view: res.json() };
}

describe('start and resume', () => {
  it('starts once under parallel starts, fixing the deadline on the server', async () => {
    const fixture = await createExamFixture(db, { workers: ['worker1'], durationMinutes: 30 });
    const c = await t.loginAs('worker1');
    const id = fixture.sessions.worker1!;
    const before = (await c.get(`/api/sessions/${id}`)).json();
    expect(before).toMatchObject({ status: 'not_started', questions: [], deadline: null, remainingMs: null });

    const views = (await Promise.all(Array.from({ length: 10 }, () => c.post(`/api/sessions/${id}/start`)))).map((r) => r.json());
    expect(new Set(views.map((v) => v.deadline)).size).toBe(1);
    const v = views[0];
    expect(v).toMatchObject({ status: 'in_progress', pageIndex: 0, pageCount: 3, answers: {}, answerSeq: {} });
    expect(v.questions).toHaveLength(30);
    expect(new Date(v.deadline).getTime() - new Date(v.serverNow).getTime()).toBeGreaterThan(29 * 60_000);
    expect(v.remainingMs).toBeLessThanOrEqual(30 * 60_000);
    // The answer key never leaves the server before submission.
    expect(JSON.stringify(v)).not.toMatch(/correct/i);
  });

  it('caps the deadline at the close of the window', async () => {
    const { view } = await started('worker2', { closesAt: new Date(Date.now() + 5 * 60_000), durationMinutes: 60 });
    expect(view.remainingMs).toBeLessThanOrEqual(5 * 60_000);
  });

  it('refuses to start before the window opens', async () => {
    const fixture = await createExamFixture(db, { workers: ['worker3'], opensAt: new Date(Date.now() + 3_600_000), closesAt: new Date(Date.now() + 7_200_000) });
    const res = await (await t.loginAs('worker3')).post(`/api/sessions/${fixture.sessions.worker3}/start`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('not_open');
  });

  it('resumes with the same page, answers and a consistent clock on another device', async () => {
    const { fixture, client, sessionId } = await started('worker4');
    await client.put(`/api/sessions/${sessionId}/answers/${fixture.questions[12]!.id}`, { optionId: fixture.questions[12]!.options[2], seq: 1 });
    expect((await client.put(`/api/sessions/${sessionId}/position`, { pageIndex: 1 })).statusCode).toBe(200);
    const otherDevice = await t.loginAs('worker4');
    const view = (await otherDevice.get(`/api/sessions/${sessionId}`)).json();
    expect(view.pageIndex).toBe(1);
    expect(view.answers).toEqual({ [fixture.questions[12]!.id]: fixture.questions[12]!.options[2] });
    expect(view.answerSeq).toEqual({ [fixture.questions[12]!.id]: 1 });
    // A saved page beyond the end (e.g. fewer questions per page later) is clamped.
    await db.update(examSessions).set({ lastPageIndex: 99 }).where(eq(examSessions.id, sessionId));
    expect((await otherDevice.get(`/api/sessions/${sessionId}`)).json().pageIndex).toBe(2);
  });
});

describe('autosave', () => {
  it('keeps the highest seq of 100 concurrent saves: one row, 100 events', async () => {
    const { fixture, client, sessionId } = await started('worker5');
    const q = fixture.questions[0]!;
    const seqs = shuffled(Array.from({ length: 100 }, (_, i) => i + 1));
    const results = await Promise.all(seqs.map((seq) => client.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.options[seq % 4], seq })));
    expect(results.every((r) => [200, 409].includes(r.statusCode))).toBe(true);
    const rows = await db.select().from(sessionAnswers).where(eq(sessionAnswers.sessionId, sessionId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ seq: 100, optionId: q.options[0] });
    expect(await eventsOf(sessionId)).toBe(100);
  });

  it('answers an older or equal seq with 409 stale and the current answer; a replay changes nothing', async () => {
    const { fixture, client, sessionId } = await started('worker6');
    const q = fixture.questions[1]!;
    const first = await client.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.options[1], seq: 5, clientTime: '2026-11-25T10:00:00+07:00' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ questionId: q.id, optionId: q.options[1], seq: 5, answeredCount: 1 });
    for (const seq of [5, 3]) {
      const stale = await client.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.options[2], seq });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: 'stale', current: { optionId: q.options[1], seq: 5 } });
    }
    const cleared = await client.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: null, seq: 6 });
    expect(cleared.json()).toMatchObject({ optionId: null, answeredCount: 0 });
  });

  it('refuses bad input without writing anything', async () => {
    const { fixture, client, sessionId } = await started('worker7');
    const other = await createExamFixture(db, { workers: [] });
    const [q0, q1] = fixture.questions as [ExamQ, ExamQ];
    const cases: [string, unknown, number, string][] = [
      [q0.id, { optionId: q1.options[0], seq: 1 }, 400, 'validation'],
      [other.questions[0]!.id, { optionId: other.questions[0]!.options[0], seq: 1 }, 404, 'not_found'],
      [q0.id, { optionId: q0.options[0], seq: -1 }, 400, 'validation'],
      [q0.id, { optionId: q0.options[0], seq: 1.5 }, 400, 'validation'],
      [q0.id, { optionId: q0.options[0], seq: '2' }, 400, 'validation'],
      [q0.id, { optionId: q0.options[0] }, 400, 'validation'],
    ];
    for (const [questionId, body, status, error] of cases) {
      const res = await client.put(`/api/sessions/${sessionId}/answers/${questionId}`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error).toBe(error);
    }
    const stranger = await t.loginAs('worker8');
    const notYours = await stranger.put(`/api/sessions/${sessionId}/answers/${q0.id}`, { optionId: q0.options[0], seq: 1 });
    expect(notYours.statusCode).toBe(404);
    expect(await eventsOf(sessionId)).toBe(0);
  });

  it('accepts a save at the deadline within the grace and refuses it after with 409 time_up', async () => {
    const { fixture, client, sessionId } = await started('worker9');
    const q = fixture.questions[0]!;
    await expireSession(db, sessionId, 1_000); // deadline one second ago, grace is 5 s
    expect((await client.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.options[0], seq: 1 })).statusCode).toBe(200);
    await expireSession(db, sessionId, 10_000);
    const late = await client.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.options[1], seq: 2 });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toBe('time_up');
  });
});

type ExamQ = { id: string; options: string[]; correct: string };

describe('submit', () => {
  it('gives one result for 50 concurrent submits, scored from saved answers only', async () => {
    const { fixture, client, sessionId } = await started('worker10', { questionCount: 10, passScore: 50 });
    for (const q of fixture.questions.slice(0, 6)) await client.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.correct, seq: 1 });
    await client.put(`/api/sessions/${sessionId}/answers/${fixture.questions[6]!.id}`, { optionId: fixture.questions[6]!.options[1], seq: 1 });
    const results = await Promise.all(Array.from({ length: 50 }, () => client.post(`/api/sessions/${sessionId}/submit`)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(200));
    expect(new Set(results.map((r) => r.body)).size).toBe(1);
    expect(results[0]!.json()).toEqual({ status: 'submitted', score: 60, passed: true, answeredCount: 7, questionCount: 10 });
    const after = await client.put(`/api/sessions/${sessionId}/answers/${fixture.questions[9]!.id}`, { optionId: fixture.questions[9]!.correct, seq: 1 });
    expect(after.json().error).toBe('already_submitted');
  });
});

describe('deadline sweeper', () => {
  it('submits each overdue session exactly once with two instances sweeping at once', async () => {
    const workers = ['worker11', 'worker12', 'worker13', 'worker14', 'worker15'];
    const fixture = await createExamFixture(db, { workers, questionCount: 5 });
    for (const w of workers) {
      const c: TestClient = await t.loginAs(w);
      await c.post(`/api/sessions/${fixture.sessions[w]}/start`);
      const q = fixture.questions[0]!;
      await c.put(`/api/sessions/${fixture.sessions[w]}/answers/${q.id}`, { optionId: q.correct, seq: 1 });
      await expireSession(db, fixture.sessions[w]!);
    }
    const submittedEvents: string[] = [];
    const unsubscribe = t.events.onAssessment(fixture.assessmentId, (e) => {
      if (e.type === 'session_status' && e.status === 'submitted') submittedEvents.push(e.sessionId);
    });
    const secondDb = TEST_DB === 'postgres' ? await openDatabase({ kind: 'postgres', url: (t.database as { url?: string }).url! }) : t.database;
    const instances = [
      { db, catalogs: new PackageCatalogs(), saveGraceMs: 5_000 },
      { db: secondDb.db, catalogs: new PackageCatalogs(), saveGraceMs: 5_000 },
    ];
    const overdue = await db
      .select({ n: count() })
      .from(examSessions)
      .where(and(eq(examSessions.status, 'in_progress'), sql`${examSessions.deadline} < now() - interval '5 seconds'`));
    const ended = await Promise.all([...instances, ...instances].map((ctx) => sweepOverdueSessions(ctx)));
    expect(ended.reduce((a, b) => a + b, 0)).toBe(Number(overdue[0]!.n));
    await new Promise((r) => setTimeout(r, 300)); // NOTIFY delivery
    unsubscribe();
    if (secondDb !== t.database) await secondDb.close();

    const rows = await db.select().from(examSessions).where(eq(examSessions.assessmentId, fixture.assessmentId));
    expect(rows.map((r) => [r.status, r.submitKind, r.scorePoints])).toEqual(Array(5).fill(['submitted', 'auto', 1]));
    expect(submittedEvents.sort()).toEqual(Object.values(fixture.sessions).sort());
  });

  it('flags a session abandoned when its time ran out while the worker was offline, still scoring its answers', async () => {
    const { fixture, client, sessionId } = await started('worker16', { questionCount: 4 });
    const q = fixture.questions[0]!;
    await client.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.correct, seq: 1 });
    await db.update(examSessions).set({ lastSeenAt: new Date(Date.now() - 15 * 60_000) }).where(eq(examSessions.id, sessionId));
    await expireSession(db, sessionId);
    await sweepOverdueSessions({ db, catalogs: new PackageCatalogs(), saveGraceMs: 5_000 });
    const [row] = await db.select().from(examSessions).where(eq(examSessions.id, sessionId));
    expect(row).toMatchObject({ status: 'abandoned', submitKind: 'auto', scorePoints: 1, scorePercent: 25 });
  });
});
