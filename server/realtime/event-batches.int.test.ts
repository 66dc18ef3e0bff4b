import { afterAll, beforeAll, expect, it } from 'vitest';
import { sessionAnswers } from '../db/schema.js';
import { createExamFixture } from '../test/exam-fixtures.js';
import { createTestServer, type TestClient, type TestServer } from '../test/test-server.js';
import { EVENTS_CHANNEL, type DomainEvent, type EventBatch } from './domain-events.js';

/** Saves, pages and heartbeats travel in per-instance batches; a lost batch makes monitor rooms reload (issue 12). */
let t: TestServer;
let hc: TestClient;
beforeAll(async () => {
  t = await createTestServer();
  hc = await t.loginAs('hc');
});
afterAll(() => t.close());

type Snapshot = { sessions: { sessionId: string; answeredCount: number }[] };

/** Polls the dashboard until `sessionId` shows `answered` answers; fails after many tries (no timing claim). */
async function dashboardShows(assessmentId: string, sessionId: string, answered: number) {
  for (let i = 0; i < 100; i++) {
    const snapshot = (await hc.get(`/api/assessments/${assessmentId}/monitor`)).json() as Snapshot;
    if (snapshot.sessions.find((r) => r.sessionId === sessionId)?.answeredCount === answered) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the dashboard never showed ${answered} answers`);
}

it('brings concurrent saves to the dashboard, every answer_saved inside a batch', async () => {
  const fixture = await createExamFixture(t.database.db, { workers: ['worker1'], questionCount: 20 });
  const worker = await t.loginAs('worker1');
  const sessionId = fixture.sessions.worker1!;
  await worker.post(`/api/sessions/${sessionId}/start`);
  await hc.get(`/api/assessments/${fixture.assessmentId}/monitor`);
  const payloads: (DomainEvent | EventBatch)[] = [];
  const unlisten = await t.database.listen(EVENTS_CHANNEL, (p) => payloads.push(JSON.parse(p)));
  const results = await Promise.all(fixture.questions.map((q) => worker.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.correct, seq: 1 })));
  expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
  await dashboardShows(fixture.assessmentId, sessionId, 20);
  await unlisten();
  expect(payloads.some((p) => 'type' in p && p.type === 'answer_saved')).toBe(false);
  // (The start's own event may ride in an early batch too: a first start is batched.)
  const batched = payloads.flatMap((p) => ('events' in p ? p.events : [])).filter((e) => e.sessionId === sessionId && e.type === 'answer_saved');
  expect(batched.map((e) => e.type === 'answer_saved' && e.questionId).sort()).toEqual(fixture.questions.map((q) => q.id).sort());
});

it('sends a first start in a batch (dashboards only), a take-over in its own transaction', async () => {
  const fixture = await createExamFixture(t.database.db, { workers: ['worker3'], questionCount: 2 });
  const sessionId = fixture.sessions.worker3!;
  const payloads: (DomainEvent | EventBatch)[] = [];
  const unlisten = await t.database.listen(EVENTS_CHANNEL, (p) => payloads.push(JSON.parse(p)));
  await (await t.loginAs('worker3')).post(`/api/sessions/${sessionId}/start`);
  await (await t.loginAs('worker3')).post(`/api/sessions/${sessionId}/start`); // a second device takes it over
  const reasons = (events: DomainEvent[]) => events.filter((e) => e.sessionId === sessionId && e.type === 'session_status').map((e) => e.type === 'session_status' && e.reason);
  const inBatches = () => reasons(payloads.flatMap((p) => ('events' in p ? p.events : [])));
  const alone = () => reasons(payloads.filter((p): p is DomainEvent => 'type' in p));
  for (let i = 0; i < 200 && (inBatches().length < 1 || alone().length < 1); i++) await new Promise((r) => setTimeout(r, 20));
  await unlisten();
  expect(inBatches()).toEqual(['started']);
  expect(alone()).toEqual(['taken_over']);
});

it('reloads a dashboard when a batch of an instance is missing from its numbering', async () => {
  const fixture = await createExamFixture(t.database.db, { workers: ['worker2'], questionCount: 3 });
  const worker = await t.loginAs('worker2');
  const sessionId = fixture.sessions.worker2!;
  await worker.post(`/api/sessions/${sessionId}/start`);
  await dashboardShows(fixture.assessmentId, sessionId, 0);
  // An answer whose event was lost: written behind the app's back, announced by no batch.
  await t.database.db.insert(sessionAnswers).values({ sessionId, questionId: fixture.questions[0]!.id, optionId: fixture.questions[0]!.correct, seq: 1 });
  const batch = (n: number): EventBatch => ({ from: 'another-instance', n, events: [] });
  await t.database.notify(EVENTS_CHANNEL, JSON.stringify(batch(1)));
  await t.database.notify(EVENTS_CHANNEL, JSON.stringify(batch(3)));
  await dashboardShows(fixture.assessmentId, sessionId, 1);
});
