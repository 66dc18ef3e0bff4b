import { and, eq, isNull, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments, examSessions, sessionAnswers, users } from '../../db/schema.js';
import { createExamFixture } from '../../test/exam-fixtures.js';
import { markStarted } from '../../test/factories.js';
import { createTestServer, type TestClient, type TestServer } from '../../test/test-server.js';

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
  expect(own).toMatchObject({ status: 'submitted', score: 25, passed: false, answeredCount: 2, questionCount: 4, review: null, submitKind: 'worker', timeZone: 'Asia/Jakarta' });
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
    ['answeredCount', 'attempt', 'maxPoints', 'packageName', 'passed', 'questionCount', 'replaced', 'score', 'scorePoints', 'sessionId', 'startedAt', 'status', 'submitKind', 'submittedAt', 'timeUsedMs', 'unit', 'workerName'].sort(),
  );
  const xlsx = await hc.get(`/api/assessments/${fixture.assessmentId}/results.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  expect(workbook.worksheets[0]!.rowCount).toBe(3);
});

describe('every attempt, the export and item analysis', () => {
  type Sheet = ExcelJS.Worksheet;
  const column = (sheet: Sheet, header: string) => {
    const headers = sheet.getRow(1).values as unknown[];
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`no column "${header}" in ${JSON.stringify(headers)}`);
    return index;
  };
  const workbookOf = async (payload: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(payload as unknown as ArrayBuffer);
    return workbook;
  };
  let fixture: Awaited<ReturnType<typeof createExamFixture>>;
  let hc: TestClient;

  /**
   * Three 1-point questions (option 0 is the key). Ana answers all right (100 %), Budi two (66.67 %),
   * Citra one (33.33 %); Dedi's first attempt (q1 wrong, q2 option 2) is reset, and his second gets
   * q1 right (33.33 %). Everything scored by HC's force-submit from the saved answers.
   */
  beforeAll(async () => {
    const { db } = t.database;
    await db.insert(users).values(['Ana', 'Budi', 'Citra', 'Dedi'].map((name) => ({ username: name.toLowerCase(), name, role: 'coachee' as const, unit: 'Produksi', passwordHash: '-' })));
    fixture = await createExamFixture(db, { workers: ['ana', 'budi', 'citra', 'dedi'], questionCount: 3, passScore: 60 });
    hc = await t.loginAs('hc');
    const [q1, q2, q3] = fixture.questions;
    const answer = (sessionId: string, question: typeof q1, option: number) =>
      db.insert(sessionAnswers).values({ sessionId, questionId: question!.id, optionId: question!.options[option]!, seq: 1 });
    const take = async (sessionId: string, choices: [typeof q1, number][]) => {
      await markStarted(t.database, sessionId);
      for (const [question, option] of choices) await answer(sessionId, question, option);
      expect((await hc.post(`/api/sessions/${sessionId}/force-submit`, {})).statusCode).toBe(200);
    };
    await take(fixture.sessions.ana!, [[q1, 0], [q2, 0], [q3, 0]]);
    await take(fixture.sessions.budi!, [[q1, 0], [q2, 0], [q3, 1]]);
    await take(fixture.sessions.citra!, [[q1, 0], [q2, 1]]);
    await take(fixture.sessions.dedi!, [[q1, 1], [q2, 2]]);
    expect((await hc.post(`/api/sessions/${fixture.sessions.dedi}/reset`, { reason: 'Listrik padam' })).statusCode).toBe(200);
    const [again] = await db.select({ id: examSessions.id }).from(examSessions).where(and(eq(examSessions.assessmentId, fixture.assessmentId), isNull(examSessions.replacedAt), eq(examSessions.userId, sql`(select id from users where username = 'dedi')`)));
    await take(again!.id, [[q1, 0]]);
    // Ana's times, known to the second: 03:00 UTC is 10:00 WIB and 12:00 WIT.
    await db.update(examSessions).set({ startedAt: new Date('2026-11-25T03:00:00Z'), submittedAt: new Date('2026-11-25T03:25:30Z') }).where(eq(examSessions.id, fixture.sessions.ana!));
  });

  it('lists every attempt: a reset keeps attempt 1, marked replaced', async () => {
    const { assessment, results } = (await hc.get(`/api/assessments/${fixture.assessmentId}/results`)).json();
    expect(assessment).toEqual({ id: fixture.assessmentId, title: 'Uji K3 Fixture', passScore: 60, timeZone: 'Asia/Jakarta' });
    expect(results.map((r: { workerName: string; attempt: number; replaced: boolean; score: number; answeredCount: number }) => [r.workerName, r.attempt, r.replaced, r.score, r.answeredCount])).toEqual([
      ['Ana', 1, false, 100, 3],
      ['Budi', 1, false, 66.67, 3],
      ['Citra', 1, false, 33.33, 2],
      ['Dedi', 1, true, 0, 2],
      ['Dedi', 2, false, 33.33, 1],
    ]);
    expect(results[0]).toMatchObject({ questionCount: 3, timeUsedMs: 1_530_000, submitKind: 'forced', status: 'submitted', passed: true });
    expect((await hc.get('/api/assessments/nope/results')).statusCode).toBe(404);
  });

  it('analyses items over submitted, non-replaced attempts', async () => {
    const res = await hc.get(`/api/assessments/${fixture.assessmentId}/item-analysis`);
    expect(res.statusCode).toBe(200);
    const [q1, q2, q3] = res.json().questions;
    expect(q1).toMatchObject({ position: 1, packageName: 'A', responses: 4, difficulty: 1, discrimination: null });
    expect(q1.flags).toContain('too_easy');
    // q2: right for Ana (100) and Budi (66.67), wrong for Citra and Dedi (33.33 each); mean 58.33,
    // population SD 27.64, so r = (83.33 - 33.33) / 27.64 * sqrt(0.5 * 0.5) = 0.9045.
    expect(q2).toMatchObject({ responses: 4, unanswered: 1, difficulty: 0.5 });
    expect(q2.discrimination).toBeCloseTo(0.9045, 3);
    // Dedi's replaced attempt chose option 2; it does not count.
    expect(q2.options.map((o: { chosen: number; correct: boolean }) => [o.chosen, o.correct])).toEqual([[2, true], [1, false], [0, false], [0, false]]);
    expect(q3).toMatchObject({ difficulty: 0.25, unanswered: 2 });
    expect(res.json().packages).toEqual([expect.objectContaining({ packageName: 'A', attempts: 4, meanScore: 58.3325 })]);
    expect((await hc.get('/api/assessments/nope/item-analysis')).statusCode).toBe(404);
  });

  it('exports every attempt with real dates in the assessment zone, labels in the caller language, and a statistics sheet', async () => {
    // No language asked for: Indonesian, the default.
    hc.language = null;
    const wib = await workbookOf((await hc.get(`/api/assessments/${fixture.assessmentId}/results.xlsx`)).rawPayload);
    hc.language = 'en';
    const [results, statistics] = wib.worksheets;
    expect(results!.name).toBe('Hasil');
    expect(results!.rowCount).toBe(6);
    const started = results!.getRow(2).getCell(column(results!, 'Mulai (WIB)')).value;
    expect(started).toBeInstanceOf(Date);
    expect((started as Date).toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(results!.getRow(2).getCell(column(results!, 'Mulai (WIB)')).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect((results!.getRow(2).getCell(column(results!, 'Dikumpulkan (WIB)')).value as Date).toISOString()).toBe('2026-11-25T10:25:30.000Z');
    const dedi = [5, 6].map((n) => [column(results!, 'Percobaan'), column(results!, 'Diganti (reset)'), column(results!, 'Status')].map((c) => results!.getRow(n).getCell(c).value));
    expect(dedi).toEqual([[1, 'Ya', 'Sudah dikumpulkan'], [2, 'Tidak', 'Sudah dikumpulkan']]);
    expect(statistics!.name).toBe('Statistik soal');
    expect(statistics!.rowCount).toBe(4);
    expect(statistics!.getRow(3).getCell(column(statistics!, 'Tingkat kesukaran (p)')).value).toBe(0.5);

    // The zone is a display setting, so it may change after workers started.
    expect((await hc.patch(`/api/assessments/${fixture.assessmentId}`, { timeZone: 'Asia/Jayapura' })).json().timeZone).toBe('Asia/Jayapura');
    expect((await hc.patch(`/api/assessments/${fixture.assessmentId}`, { timeZone: 'Europe/Berlin' })).json().error).toBe('validation');
    const byHeader = await workbookOf((await hc.get(`/api/assessments/${fixture.assessmentId}/results.xlsx`, { headers: { 'accept-language': 'en-US,en;q=0.9' } })).rawPayload);
    const wit = byHeader.worksheets[0]!;
    expect(wit.name).toBe('Results');
    expect((wit.getRow(2).getCell(column(wit, 'Started (WIT)')).value as Date).toISOString()).toBe('2026-11-25T12:00:00.000Z');
    const byQuery = await workbookOf((await hc.get(`/api/assessments/${fixture.assessmentId}/results.xlsx?lang=id`, { headers: { 'accept-language': 'en' } })).rawPayload);
    expect(byQuery.worksheets.map((s) => s.name)).toEqual(['Hasil', 'Statistik soal']);
  });
});
