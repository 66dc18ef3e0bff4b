import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, competencyAchievements, examSessions } from '../../db/schema.js';
import {
  assessmentBody,
  assessmentWithQuestions,
  assign,
  countRows,
  createAssessment,
  hoursFromNow,
  markStarted,
  markSubmitted,
  userIdOf,
  useTestServer,
} from '../../test/factories.js';

const s = useTestServer();

/** An assessment with questions and worker1..worker2 assigned; `started` marks worker1's session started. */
async function assignedAssessment(overrides: Record<string, unknown> = {}) {
  const { assessment } = await assessmentWithQuestions(s.hc, { overrides });
  const userIds = [await userIdOf(s.t.database, 'worker1'), await userIdOf(s.t.database, 'worker2')];
  const { sessions } = await assign(s.hc, assessment.id, { userIds });
  return { assessment, sessions };
}

describe('creating assessments', () => {
  it('takes the contract fields alone and fills in the rest', async () => {
    const { competencyIds: _, ...contractOnly } = assessmentBody();
    const res = await s.hc.post('/api/assessments', { ...contractOnly, competencyIds: [] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      id: expect.any(String),
      title: 'Uji K3 Dasar',
      allowReview: false,
      overduePolicy: 'auto_submit',
      graceMinutes: null,
      published: true,
      status: 'open',
      locked: false,
      packageCount: 0,
      questionCount: 0,
      sessionCount: 0,
    });
    expect((await s.hc.get(`/api/assessments/${res.json().id}`)).json()).toEqual(res.json());
  });

  it('answers bad input with a sentence per field and writes nothing', async () => {
    const before = await countRows(s.t.database, 'assessments');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ closesAt: hoursFromNow(-2) }, 'closesAt', /close after it opens/],
      [{ durationMinutes: 601 }, 'durationMinutes', /from 1 to 600/],
      [{ passScore: -1 }, 'passScore', /from 0 to 100/],
      [{ questionsPerPage: 0 }, 'questionsPerPage', /from 1 to 50/],
      [{ overduePolicy: 'grace' }, 'graceMinutes', /grace period of 1 to 120/],
      [{ graceMinutes: 10 }, 'graceMinutes', /only applies with the grace policy/],
      [{ title: '  ' }, 'title', /Enter a title/],
      [{ opensAt: 'tomorrow' }, 'opensAt', /date and time/],
      [{ competencyIds: ['no-such-competency'] }, 'competencyIds', /do not exist/],
      [{ colour: 'red' }, 'colour', /Unknown field/],
    ];
    for (const [override, path, message] of cases) {
      const res = await s.hc.post('/api/assessments', assessmentBody(override));
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      const issue = res.json().issues.find((i: { path: string }) => i.path === path);
      expect(issue?.message, `${path}: ${res.body}`).toMatch(message);
    }
    expect(await countRows(s.t.database, 'assessments')).toBe(before);
  });

  it('computes draft, scheduled, open and closed', async () => {
    const statusOf = async (overrides: Record<string, unknown>) => (await createAssessment(s.hc, overrides)).status;
    expect(await statusOf({ published: false })).toBe('draft');
    expect(await statusOf({ opensAt: hoursFromNow(1), closesAt: hoursFromNow(2) })).toBe('scheduled');
    expect(await statusOf({})).toBe('open');
    expect(await statusOf({ opensAt: hoursFromNow(-3), closesAt: hoursFromNow(-1) })).toBe('closed');
  });

  it('lists assessments with their package, question and session counts', async () => {
    const { assessment } = await assignedAssessment({ title: 'Counted' });
    const { assessments } = (await s.hc.get('/api/assessments')).json();
    expect(assessments.find((a: { id: string }) => a.id === assessment.id)).toMatchObject({ packageCount: 2, questionCount: 4, sessionCount: 2 });
  });
});

describe('updating assessments', () => {
  it('changes any field before a worker starts, validating against the stored values', async () => {
    const a = await createAssessment(s.hc, { overduePolicy: 'grace', graceMinutes: 5 });
    const edited = await s.hc.patch(`/api/assessments/${a.id}`, { durationMinutes: 45, shuffleQuestions: true, published: false });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ durationMinutes: 45, shuffleQuestions: true, status: 'draft' });
    // Switching to auto_submit drops the grace period without being told to.
    expect((await s.hc.patch(`/api/assessments/${a.id}`, { overduePolicy: 'auto_submit' })).json().graceMinutes).toBeNull();
    const bad = await s.hc.patch(`/api/assessments/${a.id}`, { closesAt: a.opensAt });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([{ path: 'closesAt', message: expect.stringMatching(/close after it opens/) }]);
    expect((await s.hc.patch(`/api/assessments/${a.id}`, {})).statusCode).toBe(400);
    expect((await s.hc.patch('/api/assessments/no-such-id', { title: 'x' })).statusCode).toBe(404);
  });

  it('after a start locks everything but title, description, window end and pass score', async () => {
    const { assessment, sessions } = await assignedAssessment();
    await markStarted(s.t.database, sessions[0]!.sessionId);
    const url = `/api/assessments/${assessment.id}`;
    expect((await s.hc.get(url)).json().locked).toBe(true);

    for (const change of [{ durationMinutes: 60 }, { opensAt: hoursFromNow(-2) }, { questionsPerPage: 5 }, { published: false }]) {
      const res = await s.hc.patch(url, change);
      expect(res.statusCode, JSON.stringify(change)).toBe(409);
      expect(res.json()).toMatchObject({ error: 'locked', message: expect.stringContaining(Object.keys(change)[0]!) });
    }
    const allowed = { title: 'Renamed', description: 'New words', closesAt: hoursFromNow(48), passScore: 60 };
    const edited = await s.hc.patch(url, allowed);
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ ...allowed, closesAt: new Date(allowed.closesAt).toISOString() });
    // The editor may send the whole form back: unchanged values are not changes.
    const { id: _, status: _s, locked: _l, packageCount: _p, questionCount: _q, sessionCount: _c, createdAt: _ca, updatedAt: _u, ...form } = edited.json();
    expect((await s.hc.patch(url, { ...form, title: 'Renamed again' })).statusCode).toBe(200);
  });

  it('re-marks submitted sessions and their competency records when the pass score changes', async () => {
    const competency = (await s.hc.post('/api/competencies', { code: 'RESCORE-1', name: 'Rescoring' })).json();
    const { assessment, sessions } = await assignedAssessment({ passScore: 70, competencyIds: [competency.id] });
    const [low, high] = sessions.map((s: { sessionId: string }) => s.sessionId) as [string, string];
    await markSubmitted(s.t.database, low, 65, 70);
    await markSubmitted(s.t.database, high, 80, 70);
    const state = async () => {
      const rows = await s.t.database.db.select().from(examSessions).where(eq(examSessions.assessmentId, assessment.id));
      const held = await s.t.database.db.select().from(competencyAchievements).where(eq(competencyAchievements.competencyId, competency.id));
      return {
        passed: Object.fromEntries(rows.map((r) => [r.id === low ? 'low' : 'high', [r.scorePercent, r.passed]])),
        achievements: held.map((h) => (h.sessionId === low ? 'low' : 'high')).sort(),
      };
    };

    expect((await s.hc.patch(`/api/assessments/${assessment.id}`, { passScore: 60 })).statusCode).toBe(200);
    expect(await state()).toEqual({ passed: { low: [65, true], high: [80, true] }, achievements: ['high', 'low'] });
    expect((await s.hc.patch(`/api/assessments/${assessment.id}`, { passScore: 90 })).statusCode).toBe(200);
    expect(await state()).toEqual({ passed: { low: [65, false], high: [80, false] }, achievements: [] });

    const [audit] = await s.t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, assessment.id), eq(auditLog.action, 'assessment.update')))
      .orderBy(auditLog.id)
      .limit(1);
    expect(audit).toMatchObject({ before: { passScore: 70 }, after: { passScore: 60, rescoredSessions: 2 } });
  });
});

describe('deleting assessments', () => {
  it('deletes an assessment and its assignments while nobody has started', async () => {
    const { assessment } = await assignedAssessment();
    expect((await s.hc.delete(`/api/assessments/${assessment.id}`)).statusCode).toBe(204);
    expect((await s.hc.get(`/api/assessments/${assessment.id}`)).statusCode).toBe(404);
    expect(await s.t.database.db.$count(examSessions, eq(examSessions.assessmentId, assessment.id))).toBe(0);
  });

  it('refuses once a worker has started: 409 locked, nothing deleted', async () => {
    const { assessment, sessions } = await assignedAssessment();
    await markStarted(s.t.database, sessions[1]!.sessionId);
    const res = await s.hc.delete(`/api/assessments/${assessment.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'locked', message: expect.stringMatching(/started/) });
    expect((await s.hc.get(`/api/assessments/${assessment.id}`)).json().sessionCount).toBe(2);
  });
});
