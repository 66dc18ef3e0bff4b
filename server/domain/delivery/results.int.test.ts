import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assessments } from '../../db/schema.js';
import { createExamFixture } from '../../test/exam-fixtures.js';
import { createTestServer, type TestServer } from '../../test/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

it('shows the worker their result, the review only when allowed, and staff everything without PII', async () => {
  const fixture = await createExamFixture(t.database.db, { workers: ['worker1', 'worker2'], questionCount: 4, passScore: 50 });
  const worker = await t.loginAs('worker1');
  const id = fixture.sessions.worker1!;
  await worker.post(`/api/sessions/${id}/start`);
  expect((await worker.get(`/api/sessions/${id}/result`)).json().error).toBe('not_submitted');
  const [q1, q2] = fixture.questions;
  await worker.put(`/api/sessions/${id}/answers/${q1!.id}`, { optionId: q1!.correct, seq: 1, clientTime: '2026-11-25T03:00:00.000Z' });
  await worker.put(`/api/sessions/${id}/answers/${q2!.id}`, { optionId: q2!.options[3], seq: 1 });
  await worker.put(`/api/sessions/${id}/answers/${q2!.id}`, { optionId: q2!.options[2], seq: 1 }); // stale
  await worker.post(`/api/sessions/${id}/submit`);

  const own = (await worker.get(`/api/sessions/${id}/result`)).json();
  expect(own).toMatchObject({ status: 'submitted', score: 25, passed: false, answeredCount: 2, questionCount: 4, review: null, submitKind: 'worker' });
  expect((await (await t.loginAs('worker2')).get(`/api/sessions/${id}/result`)).statusCode).toBe(404);

  await t.database.db.update(assessments).set({ allowReview: true }).where(eq(assessments.id, fixture.assessmentId));
  const review = (await worker.get(`/api/sessions/${id}/result`)).json().review;
  expect(review).toHaveLength(4);
  expect(review[0]).toMatchObject({ questionId: q1!.id, chosenOptionId: q1!.correct, correctOptionId: q1!.correct, correct: true });
  expect(review[1]).toMatchObject({ chosenOptionId: q2!.options[3], correct: false });

  const hc = await t.loginAs('hc');
  const timeline = (await hc.get(`/api/sessions/${id}/timeline`)).json().events;
  expect(timeline.map((e: { applied: boolean }) => e.applied)).toEqual([true, true, false]);
  expect(timeline[0]).toMatchObject({ seq: 1, clientTime: '2026-11-25T03:00:00.000Z', serverTime: expect.any(String) });

  const results = (await hc.get(`/api/assessments/${fixture.assessmentId}/results`)).json();
  expect(results.results).toHaveLength(2);
  expect(Object.keys(results.results[0]).sort()).toEqual(
    ['maxPoints', 'packageName', 'passed', 'score', 'scorePoints', 'sessionId', 'startedAt', 'status', 'submitKind', 'submittedAt', 'unit', 'workerName'].sort(),
  );
  const xlsx = await hc.get(`/api/assessments/${fixture.assessmentId}/results.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  expect(workbook.worksheets[0]!.rowCount).toBe(3);
});
