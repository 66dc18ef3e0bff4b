import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentResults } from '../../../common/schemas/results.js';
import { assessmentCompetencies, competencyAchievements, examSessions, questionOptions, sessionAnswers, users } from '../../db/schema.js';
import { createExamFixture, type ExamFixture } from '../../test/exam-fixtures.js';
import { countRows, createUserVia, markStarted } from '../../test/factories.js';
import { createTestServer, type TestClient, type TestServer } from '../../test/test-server.js';
import { WORKBOOK_LABELS } from '../results/workbook-labels.js';

/**
 * Two 1-point questions, option 0 the key of both, pass mark 60 %, one competency certified.
 * q1 is re-keyed to option 1. Before -> after:
 *   Ana   q1=0 q2=0   100 pass -> 50 fail (loses the competency)
 *   Budi  q1=1 q2=0    50 fail -> 100 pass (gains it)
 *   Citra attempt 1 (reset) q1=1 q2=0: 50 fail -> 100 pass; attempt 2 q1=0 q2=0: 100 pass -> 50 fail
 *   Eko   q1=2 q2=0    50 fail -> 50 fail (unchanged)
 *   Dedi  q1=1 q2=0, still in progress at the re-key, submitted after it: 100 pass.
 */
let t: TestServer;
let hc: TestClient;
let ana: TestClient;
let fixture: ExamFixture;
let competencyId: string;
const attempts: Record<string, string> = {};

async function answerAndSubmit(sessionId: string, options: [number, number]) {
  const { db } = t.database;
  await markStarted(t.database, sessionId);
  await db.insert(sessionAnswers).values(fixture.questions.map((q, i) => ({ sessionId, questionId: q.id, optionId: q.options[options[i]!]!, seq: 1 })));
  const res = await hc.post(`/api/sessions/${sessionId}/force-submit`, { reason: 'test' });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestServer();
  const admin = await t.loginAs('admin');
  hc = await t.loginAs('hc');
  const anaUser = await createUserVia(admin, 'coachee');
  ana = await t.loginAs(anaUser.username, anaUser.password);
  const { db } = t.database;
  await db.insert(users).values(['budi', 'citra', 'dedi', 'eko'].map((name) => ({ username: `rk.${name}`, name, role: 'coachee' as const, passwordHash: '-' })));
  fixture = await createExamFixture(db, { workers: [anaUser.username, 'rk.budi', 'rk.citra', 'rk.dedi', 'rk.eko'], questionCount: 2, passScore: 60 });
  competencyId = (await hc.post('/api/competencies', { code: 'RK-01', name: 'Kunci jawaban' })).json().id;
  await db.insert(assessmentCompetencies).values({ assessmentId: fixture.assessmentId, competencyId });
  Object.assign(attempts, {
    ana: fixture.sessions[anaUser.username],
    budi: fixture.sessions['rk.budi'],
    citra1: fixture.sessions['rk.citra'],
    dedi: fixture.sessions['rk.dedi'],
    eko: fixture.sessions['rk.eko'],
  });
  await answerAndSubmit(attempts.ana!, [0, 0]);
  await answerAndSubmit(attempts.budi!, [1, 0]);
  await answerAndSubmit(attempts.citra1!, [1, 0]);
  await answerAndSubmit(attempts.eko!, [2, 0]);
  expect((await hc.post(`/api/sessions/${attempts.citra1}/reset`, { reason: 'listrik padam' })).statusCode).toBe(200);
  const [fresh] = await db.select({ id: examSessions.id }).from(examSessions).where(eq(examSessions.id, sql`(select replaced_by from exam_sessions where id = ${attempts.citra1})`));
  attempts.citra2 = fresh!.id;
  await answerAndSubmit(attempts.citra2, [0, 0]);
  // Dedi is mid-exam: his package's catalog (and its key) is already cached by the submits above.
  await markStarted(t.database, attempts.dedi!);
  await db.insert(sessionAnswers).values(fixture.questions.map((q) => ({ sessionId: attempts.dedi!, questionId: q.id, optionId: q.options[q === fixture.questions[0] ? 1 : 0]!, seq: 1 })));
}, 120_000);
afterAll(() => t.close());

const q1 = () => fixture.questions[0]!;
const rekey = (optionId: string, reason: unknown = 'Kunci soal 1 salah ketik') => hc.post(`/api/questions/${q1().id}/key`, { optionId, reason });

async function scores(): Promise<Record<string, { score: number | null; passed: boolean | null; replaced: boolean; attempt: number }>> {
  const res = (await hc.get(`/api/assessments/${fixture.assessmentId}/results`)).json() as AssessmentResults;
  const name = Object.fromEntries(Object.entries(attempts).map(([k, v]) => [v, k]));
  return Object.fromEntries(res.results.map((r) => [name[r.sessionId], { score: r.score, passed: r.passed, replaced: r.replaced, attempt: r.attempt }]));
}

async function holders(): Promise<string[]> {
  const rows = await t.database.db
    .select({ sessionId: competencyAchievements.sessionId })
    .from(competencyAchievements)
    .where(eq(competencyAchievements.competencyId, competencyId));
  const name = Object.fromEntries(Object.entries(attempts).map(([k, v]) => [v, k]));
  return rows.map((r) => name[r.sessionId]!).sort();
}

/** Everything a refused re-key must leave alone. */
async function snapshot() {
  const { db } = t.database;
  const state = await db.execute(sql`select
    (select string_agg(id || ':' || is_correct, ',' order by id) from question_options) as options,
    (select string_agg(id || ':' || coalesce(score_percent, -1) || ':' || coalesce(passed::text, '-'), ',' order by id) from exam_sessions) as sessions,
    (select count(*) from competency_achievements) as achievements`);
  return { state: (state as unknown as { rows: unknown[] }).rows[0], audit: await countRows(t.database, 'audit_log') };
}

describe('re-keying a question after the fact', () => {
  it('refuses an option of another question, an unknown question and a missing reason, changing nothing', async () => {
    const before = await snapshot();
    const other = await rekey(fixture.questions[1]!.options[1]!);
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({ error: 'validation', issues: [{ path: 'optionId' }] });
    expect((await rekey(q1().options[1]!, '   ')).json()).toMatchObject({ error: 'validation' });
    expect((await hc.post('/api/questions/no-such-question/key', { optionId: q1().options[1], reason: 'x' })).statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('starts from the scores and competencies delivery gave', async () => {
    expect(await scores()).toMatchObject({
      ana: { score: 100, passed: true },
      budi: { score: 50, passed: false },
      citra1: { score: 50, passed: false, replaced: true, attempt: 1 },
      citra2: { score: 100, passed: true, replaced: false, attempt: 2 },
      eko: { score: 50, passed: false },
    });
    expect(await holders()).toEqual(['ana', 'citra2']);
  });

  it('re-scores every scored attempt (replaced ones too), the export and the competencies in one go, audited', async () => {
    const res = await rekey(q1().options[1]!);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ rescored: 5, changed: 4 });

    expect(await scores()).toMatchObject({
      ana: { score: 50, passed: false },
      budi: { score: 100, passed: true },
      citra1: { score: 100, passed: true, replaced: true },
      citra2: { score: 50, passed: false },
      eko: { score: 50, passed: false },
    });
    // A reset keeps what its earlier attempt earned, so Citra holds it through attempt 1 now.
    expect(await holders()).toEqual(['budi', 'citra1']);
    expect((await ana.get('/api/me/competencies')).json()).toEqual({ competencies: [] });

    const labels = WORKBOOK_LABELS.en.columns;
    const xlsx = await hc.get(`/api/assessments/${fixture.assessmentId}/results.xlsx?lang=en`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headers = sheet.getRow(1).values as unknown[];
    const [worker, attempt, score] = [labels.worker, labels.attempt, labels.score].map((h) => headers.indexOf(h));
    const exported = sheet.getRows(2, sheet.rowCount - 1)!.map((row) => `${row.getCell(worker!).value}#${row.getCell(attempt!).value}=${row.getCell(score!).value}`);
    expect(exported.sort()).toEqual(['budi#1=100', 'citra#1=100', 'citra#2=50', 'dedi#1=null', 'eko#1=50', expect.stringMatching(/#1=50$/)].sort());

    // HC's review shows the new key, though delivery had the old one cached.
    const review = (await hc.get(`/api/sessions/${attempts.ana}/result`)).json().review;
    expect(review[0]).toMatchObject({ questionId: q1().id, correctOptionId: q1().options[1], correct: false });

    const { entries } = (await (await t.loginAs('admin')).get('/api/audit?action=question.rekey')).json();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorName: expect.any(String),
      targetType: 'question',
      targetId: q1().id,
      reason: 'Kunci soal 1 salah ketik',
      before: { key: 'A. Option A', attempts: 5, passed: 2, meanScore: 70 },
      after: { key: 'B. Option B', attempts: 5, passed: 2, meanScore: 70, rescored: 5, changed: 4 },
    });
  });

  it('scores an attempt submitted after the re-key with the new key, whatever was cached', async () => {
    const res = await hc.post(`/api/sessions/${attempts.dedi}/force-submit`, { reason: 'test' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await scores()).dedi).toMatchObject({ score: 100, passed: true });
    expect(await holders()).toEqual(['budi', 'citra1', 'dedi']);
  });

  it('answers the same key again with zeros and records nothing', async () => {
    const before = await snapshot();
    expect((await rekey(q1().options[1]!)).json()).toEqual({ rescored: 0, changed: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps exactly one correct option per question', async () => {
    const correct = await t.database.db.$count(questionOptions, and(eq(questionOptions.questionId, q1().id), eq(questionOptions.isCorrect, true)));
    expect(correct).toBe(1);
  });
});
