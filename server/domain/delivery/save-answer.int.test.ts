import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEvents, assessments, examSessions, sessionAnswers } from '../../db/schema.js';
import { createExamFixture } from '../../test/exam-fixtures.js';
import { createTestServer, type TestClient, type TestServer } from '../../test/test-server.js';

/** The one-statement save (issue 12): the checks, the upsert, the timeline event and the count together. */
let t: TestServer;
let hc: TestClient;
beforeAll(async () => {
  t = await createTestServer();
  hc = await t.loginAs('hc');
});
afterAll(() => t.close());

async function started(worker: string, questionCount = 10) {
  const fixture = await createExamFixture(t.database.db, { workers: [worker], questionCount });
  const client = await t.loginAs(worker);
  const sessionId = fixture.sessions[worker]!;
  expect((await client.post(`/api/sessions/${sessionId}/start`)).statusCode).toBe(200);
  return { fixture, client, sessionId };
}

describe('one-statement save', () => {
  it('counts answered questions across saves, clears and replays', async () => {
    const { fixture, client, sessionId } = await started('worker1');
    const put = (q: number, optionId: string | null, seq: number) =>
      client.put(`/api/sessions/${sessionId}/answers/${fixture.questions[q]!.id}`, { optionId, seq });
    const counts: number[] = [];
    for (const [q, option, seq] of [[0, 1, 1], [1, 2, 1], [0, 3, 2], [2, 0, 1]] as const) counts.push((await put(q, fixture.questions[q]!.options[option]!, seq)).json().answeredCount);
    counts.push((await put(1, null, 2)).json().answeredCount);
    expect(counts).toEqual([1, 2, 2, 3, 2]);
    const replay = await put(0, fixture.questions[0]!.options[3]!, 2);
    expect(replay.json()).toMatchObject({ error: 'stale', optionId: fixture.questions[0]!.options[3], seq: 2 });
    const events = await t.database.db.select({ applied: answerEvents.applied }).from(answerEvents).where(eq(answerEvents.sessionId, sessionId));
    expect(events.map((e) => e.applied)).toEqual([true, true, true, true, true, false]);
  });

  it('refuses a session not started yet, and one of an unpublished assessment as not found', async () => {
    const fixture = await createExamFixture(t.database.db, { workers: ['worker2'] });
    const client = await t.loginAs('worker2');
    const q = fixture.questions[0]!;
    const url = `/api/sessions/${fixture.sessions.worker2}/answers/${q.id}`;
    expect((await client.put(url, { optionId: q.correct, seq: 1 })).json().error).toBe('not_started');
    await t.database.db.update(assessments).set({ published: false }).where(eq(assessments.id, fixture.assessmentId));
    expect((await client.put(url, { optionId: q.correct, seq: 1 })).statusCode).toBe(404);
  });

  it('lets no save slip past an HC close: every save answered 200 is scored, every later one is refused', async () => {
    const { fixture, client, sessionId } = await started('worker3', 40);
    const saves = fixture.questions.map((q) => client.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.correct, seq: 1 }));
    const close = hc.post(`/api/sessions/${sessionId}/close`, { reason: 'uji penutupan serentak' });
    const results = await Promise.all(saves);
    expect((await close).statusCode).toBe(200);
    const accepted = fixture.questions.filter((_, i) => results[i]!.statusCode === 200).map((q) => q.id);
    for (const r of results) if (r.statusCode !== 200) expect(r.json().error).toBe('exam_closed');
    const rows = await t.database.db.select({ questionId: sessionAnswers.questionId }).from(sessionAnswers).where(eq(sessionAnswers.sessionId, sessionId));
    expect(rows.map((r) => r.questionId).sort()).toEqual(accepted.sort());
    const [session] = await t.database.db.select().from(examSessions).where(eq(examSessions.id, sessionId));
    expect(session).toMatchObject({ status: 'closed', scorePoints: accepted.length });
  });
});
