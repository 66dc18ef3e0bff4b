import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examSessions, sessionActivity } from '../../db/schema.js';
import { createExamFixture } from '../../test/exam-fixtures.js';
import { createUserVia } from '../../test/factories.js';
import { createTestServer, type TestClient, type TestServer } from '../../test/test-server.js';

/** Heartbeat and position save as one statement each (issue 12), with the checks they always made. */
let t: TestServer;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestServer();
  admin = await t.loginAs('admin');
}, 60_000);
afterAll(() => t.close());

/** A new worker with a started session; `device()` logs the worker in again (a second device). */
async function startedExam() {
  const user = await createUserVia(admin, 'coachee');
  const exam = await createExamFixture(t.database.db, { workers: [user.username], questionCount: 4, questionsPerPage: 1 });
  const id = exam.sessions[user.username]!;
  const device = () => t.loginAs(user.username, user.password);
  const first = await device();
  expect((await first.post(`/api/sessions/${id}/start`)).statusCode).toBe(200);
  return { id, first, device };
}

const sessionRow = async (id: string) => (await t.database.db.select().from(examSessions).where(eq(examSessions.id, id)))[0]!;
const activity = (id: string) =>
  t.database.db.select({ kind: sessionActivity.kind, detail: sessionActivity.detail }).from(sessionActivity).where(eq(sessionActivity.sessionId, id)).orderBy(asc(sessionActivity.id));
const silence = (id: string, seconds: number) =>
  t.database.db.update(examSessions).set({ lastSeenAt: sql`now() - make_interval(secs => ${seconds})` }).where(eq(examSessions.id, id));

/** Database statements one request costs, once earlier batched events are sent (they go out 100 ms after a write). */
async function statementsOf(request: () => Promise<{ statusCode: number }>) {
  await new Promise((resolve) => setTimeout(resolve, 250));
  const before = t.database.queries.count;
  expect((await request()).statusCode).toBe(200);
  return t.database.queries.count - before;
}

describe('presence writes', () => {
  it('cost one statement each: a heartbeat that writes, one that does not, a page change, a repeat of the page', async () => {
    const { id, first } = await startedExam();
    await first.post(`/api/sessions/${id}/heartbeat`); // the login look-up is cached from here on
    await silence(id, 200);
    expect(await statementsOf(() => first.post(`/api/sessions/${id}/heartbeat`))).toBe(1);
    expect(await statementsOf(() => first.post(`/api/sessions/${id}/heartbeat`))).toBe(1);
    expect(await statementsOf(() => first.put(`/api/sessions/${id}/position`, { pageIndex: 2 }))).toBe(1);
    expect(await statementsOf(() => first.put(`/api/sessions/${id}/position`, { pageIndex: 2 }))).toBe(1);
    // …and still record what they always did: the gap the first heartbeat ended, one page change.
    expect((await activity(id)).slice(1)).toEqual([
      { kind: 'heartbeat_gap', detail: { gapSeconds: expect.any(Number) } },
      { kind: 'page', detail: { pageIndex: 2 } },
    ]);
    expect(((await activity(id))[1]!.detail as { gapSeconds: number }).gapSeconds).toBeGreaterThanOrEqual(200);
  });

  it('writes last_seen_at at most once per interval, and a gap only after a long silence', async () => {
    const { id, first } = await startedExam();
    await silence(id, 30);
    expect((await first.post(`/api/sessions/${id}/heartbeat`)).json()).toEqual({ status: 'in_progress' });
    const written = (await sessionRow(id)).lastSeenAt;
    await first.post(`/api/sessions/${id}/heartbeat`);
    expect((await sessionRow(id)).lastSeenAt).toEqual(written);
    expect((await activity(id)).map((a) => a.kind)).toEqual(['started']);
    await silence(id, 200);
    await Promise.all(Array.from({ length: 5 }, () => first.post(`/api/sessions/${id}/heartbeat`))); // concurrent: one write, one gap
    expect((await activity(id)).map((a) => a.kind)).toEqual(['started', 'heartbeat_gap']);
  });

  it('refuse a device that lost the exam with 409 taken_over and write nothing', async () => {
    const { id, first, device } = await startedExam();
    await first.put(`/api/sessions/${id}/position`, { pageIndex: 1 });
    const second = await device();
    expect((await second.post(`/api/sessions/${id}/start`)).statusCode).toBe(200);
    await silence(id, 200);
    const before = await sessionRow(id);
    const rows = (await activity(id)).length;
    for (const res of [await first.post(`/api/sessions/${id}/heartbeat`), await first.put(`/api/sessions/${id}/position`, { pageIndex: 3 })]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toBe('taken_over');
    }
    expect(await sessionRow(id)).toMatchObject({ lastSeenAt: before.lastSeenAt, lastPageIndex: 1 });
    expect(await activity(id)).toHaveLength(rows);
  });

  it("answer 404 for another worker's session, and after submit: heartbeat 200 with the status, position 409", async () => {
    const { id, first } = await startedExam();
    const other = await startedExam();
    expect((await other.first.post(`/api/sessions/${id}/heartbeat`)).statusCode).toBe(404);
    expect((await other.first.put(`/api/sessions/${id}/position`, { pageIndex: 1 })).statusCode).toBe(404);
    expect((await first.post(`/api/sessions/${id}/submit`)).statusCode).toBe(200);
    expect((await first.post(`/api/sessions/${id}/heartbeat`)).json()).toEqual({ status: 'submitted' });
    const late = await first.put(`/api/sessions/${id}/position`, { pageIndex: 1 });
    expect([late.statusCode, late.json().error]).toEqual([409, 'already_submitted']);
  });
});
