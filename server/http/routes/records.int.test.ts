import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResponse, CoacheeRecordsResponse } from '../../../common/schemas/records.js';
import { assessmentCompetencies, assessments, sessionAnswers, users } from '../../db/schema.js';
import { createExamFixture } from '../../test/exam-fixtures.js';
import { createUserVia, markStarted, userIdOf } from '../../test/factories.js';
import { createTestServer, type TestClient, type TestServer } from '../../test/test-server.js';

let t: TestServer;
let admin: TestClient;
let hc: TestClient;
let coach: TestClient;
let worker: TestClient;
const ids = {} as { worker: string; workerUsername: string; otherCoachee: string; competency: string; passedAssessment: string; pendingAssessment: string };

/**
 * A worker coached by `coach` passed one assessment certifying a competency (scored by HC's
 * force-submit) and is assigned a second, not started; a third is an unpublished draft. Another
 * coachee belongs to another coach. The passed one is held in WITA, the others in the default WIB.
 */
beforeAll(async () => {
  t = await createTestServer();
  admin = await t.loginAs('admin');
  hc = await t.loginAs('hc');
  const [coachUser, otherCoach, workerUser, otherCoachee] = [
    await createUserVia(admin, 'coach'),
    await createUserVia(admin, 'coach'),
    await createUserVia(admin, 'coachee'),
    await createUserVia(admin, 'coachee'),
  ];
  coach = await t.loginAs(coachUser.username, coachUser.password);
  worker = await t.loginAs(workerUser.username, workerUser.password);
  Object.assign(ids, { worker: workerUser.id, workerUsername: workerUser.username, otherCoachee: otherCoachee.id });
  const { db } = t.database;
  await db.update(users).set({ nip: '198001012000011001', email: 'rahasia@example.com', unit: 'Produksi' }).where(eq(users.id, workerUser.id));
  expect((await hc.post('/api/coach-links', { coachId: coachUser.id, coacheeId: workerUser.id })).statusCode).toBe(201);
  expect((await hc.post('/api/coach-links', { coachId: otherCoach.id, coacheeId: otherCoachee.id })).statusCode).toBe(201);

  ids.competency = (await hc.post('/api/competencies', { code: 'REC-01', name: 'Rekam jejak' })).json().id;
  const passed = await createExamFixture(db, { workers: [workerUser.username], questionCount: 1, passScore: 50 });
  await db.update(assessments).set({ timeZone: 'Asia/Makassar' }).where(eq(assessments.id, passed.assessmentId));
  await db.insert(assessmentCompetencies).values({ assessmentId: passed.assessmentId, competencyId: ids.competency });
  const sessionId = passed.sessions[workerUser.username]!;
  await markStarted(t.database, sessionId);
  await db.insert(sessionAnswers).values({ sessionId, questionId: passed.questions[0]!.id, optionId: passed.questions[0]!.correct, seq: 1 });
  expect((await hc.post(`/api/sessions/${sessionId}/force-submit`, { reason: 'selesai' })).statusCode).toBe(200);
  const pending = await createExamFixture(db, { workers: [workerUser.username], questionCount: 1, opensAt: new Date(Date.now() + 3_600_000), closesAt: new Date(Date.now() + 7_200_000) });
  const draft = await createExamFixture(db, { workers: [workerUser.username], questionCount: 1 });
  await db.update(assessments).set({ published: false }).where(eq(assessments.id, draft.assessmentId));
  Object.assign(ids, { passedAssessment: passed.assessmentId, pendingAssessment: pending.assessmentId });
}, 120_000);
afterAll(() => t.close());

describe('competency records', () => {
  it('shows a worker the competencies they hold, with the assessment that certified them', async () => {
    const res = await worker.get('/api/me/competencies');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      competencies: [
        {
          competencyId: ids.competency,
          code: 'REC-01',
          name: 'Rekam jejak',
          achievedAt: expect.any(String),
          assessmentId: ids.passedAssessment,
          assessmentTitle: 'Uji K3 Fixture',
          assessmentTimeZone: 'Asia/Makassar',
        },
      ],
    });
    expect((await hc.get('/api/me/competencies')).json()).toEqual({ competencies: [] });
  });
});

describe("a coach's view of their coachees", () => {
  it('shows their own coachee every attempt of a published assessment and the competencies, without PII', async () => {
    const res = await coach.get(`/api/me/coachees/${ids.worker}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as CoacheeRecordsResponse;
    expect(body.coachee).toEqual({ id: ids.worker, name: expect.any(String), unit: 'Produksi' });
    expect(body.results).toEqual([
      { assessmentId: ids.pendingAssessment, assessmentTitle: 'Uji K3 Fixture', sessionId: expect.any(String), attempt: 1, replaced: false, status: 'not_started', score: null, passScore: 70, passed: null, submittedAt: null, assessmentTimeZone: 'Asia/Jakarta' },
      { assessmentId: ids.passedAssessment, assessmentTitle: 'Uji K3 Fixture', sessionId: expect.any(String), attempt: 1, replaced: false, status: 'submitted', score: 100, passScore: 50, passed: true, submittedAt: expect.any(String), assessmentTimeZone: 'Asia/Makassar' },
    ]);
    expect(body.competencies).toEqual([expect.objectContaining({ competencyId: ids.competency, assessmentId: ids.passedAssessment, assessmentTimeZone: 'Asia/Makassar' })]);
    for (const secret of [ids.workerUsername, '198001012000011001', 'rahasia@example.com']) expect(res.body).not.toContain(secret);
  });

  it("answers 404 for someone else's coachee and for anyone who is not a coachee of theirs", async () => {
    for (const userId of [ids.otherCoachee, await userIdOf(t.database, 'hc'), 'no-such-user']) {
      const res = await coach.get(`/api/me/coachees/${userId}/results`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: 'not_found' });
    }
  });
});

describe('the audit log', () => {
  const audit = async (query: string) => {
    const res = await admin.get(`/api/audit${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as AuditResponse;
  };

  it('lists entries newest first with the actor by name', async () => {
    const { entries, nextBefore } = await audit('');
    expect(nextBefore).toBeNull();
    expect(entries.map((e) => e.id)).toEqual([...entries.map((e) => e.id)].sort((a, b) => b - a));
    expect(entries.find((e) => e.action === 'session.force-submit')).toMatchObject({ actorName: expect.any(String), targetType: 'exam_session', reason: 'selesai', before: { status: 'in_progress' } });
  });

  it('filters by actor, exact action and time', async () => {
    const hcId = await userIdOf(t.database, 'hc');
    const byHc = await audit(`?actor=${hcId}`);
    expect(byHc.entries.length).toBeGreaterThanOrEqual(4);
    expect(new Set(byHc.entries.map((e) => e.actorId))).toEqual(new Set([hcId]));
    const links = await audit('?action=coach-link.create');
    expect(links.entries.map((e) => e.action)).toEqual(['coach-link.create', 'coach-link.create']);
    expect((await audit('?action=coach-link')).entries).toEqual([]);
    const soon = new Date(Date.now() + 60_000).toISOString();
    const earlier = new Date(Date.now() - 3_600_000).toISOString();
    expect((await audit(`?from=${encodeURIComponent(soon)}`)).entries).toEqual([]);
    expect((await audit(`?to=${encodeURIComponent(earlier)}`)).entries).toEqual([]);
    expect((await audit(`?action=coach-link.create&from=${encodeURIComponent(earlier)}&to=${encodeURIComponent(soon)}`)).entries).toHaveLength(2);
  });

  it('pages with `before`', async () => {
    const all = (await audit('')).entries.map((e) => e.id);
    const first = await audit('?limit=2');
    expect(first.entries.map((e) => e.id)).toEqual(all.slice(0, 2));
    const second = await audit(`?limit=2&before=${first.nextBefore}`);
    expect(second.entries.map((e) => e.id)).toEqual(all.slice(2, 4));
  });

  it('lists the actions for the filter, and refuses bad filters and non-admins', async () => {
    const { actions } = (await admin.get('/api/audit/actions')).json() as { actions: string[] };
    expect(actions).toEqual(expect.arrayContaining(['coach-link.create', 'competency.create', 'session.force-submit']));
    expect(actions).toEqual([...actions].sort());
    for (const query of ['?from=yesterday', '?limit=0', '?limit=201', '?before=x', '?colour=red']) {
      const res = await admin.get(`/api/audit${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json()).toMatchObject({ error: 'validation' });
    }
    expect((await hc.get('/api/audit')).statusCode).toBe(403);
  });
});
