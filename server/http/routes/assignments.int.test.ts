import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { examSessions, users } from '../../db/schema.js';
import { DEMO_ACCOUNTS } from '../../demo/demo-accounts.js';
import { addQuestion, assessmentWithQuestions, assign, createAssessment, createPackage, markStarted, questionBody, userIdOf, useTestServer } from '../../test/factories.js';

const s = useTestServer();

const workersOfUnit = (unit: string) => DEMO_ACCOUNTS.filter((a) => a.role === 'coachee' && a.unit === unit);
const liveSessions = (assessmentId: string) =>
  s.t.database.db.select().from(examSessions).where(and(eq(examSessions.assessmentId, assessmentId), isNull(examSessions.replacedAt)));

describe('assigning workers', () => {
  it('assigns a whole unit with packages balanced, idempotently', async () => {
    const { assessment } = await assessmentWithQuestions(s.hc, { packages: 2 });
    const unit = workersOfUnit('Produksi');
    const first = await assign(s.hc, assessment.id, { unit: 'produksi' });
    expect(first).toMatchObject({ created: unit.length, alreadyAssigned: 0, skipped: [] });
    expect(first.sessions.map((s) => s.workerName).sort()).toEqual(unit.map((u) => u.name).sort());
    expect(first.sessions.every((s) => s.status === 'not_started' && s.unit === 'Produksi')).toBe(true);
    const perPackage = first.sessions.reduce<Record<string, number>>((n, s) => ({ ...n, [s.packageName]: (n[s.packageName] ?? 0) + 1 }), {});
    expect(Math.abs(perPackage.A! - perPackage.B!)).toBeLessThanOrEqual(1);

    const again = await assign(s.hc, assessment.id, { unit: 'Produksi' });
    expect(again).toMatchObject({ created: 0, alreadyAssigned: unit.length });
    // Same sessions, same packages: a package is never changed once given.
    expect(again.sessions).toEqual(first.sessions);
    expect((await s.hc.get(`/api/assessments/${assessment.id}/assignments`)).json().assignments).toEqual(first.sessions);
  });

  it('assigns chosen workers and says why others were skipped', async () => {
    const { assessment } = await assessmentWithQuestions(s.hc);
    const worker5 = await userIdOf(s.t.database, 'worker5');
    const worker6 = await userIdOf(s.t.database, 'worker6');
    await s.t.database.db.update(users).set({ active: false }).where(eq(users.id, worker6));
    const hcId = await userIdOf(s.t.database, 'hc');
    const result = await assign(s.hc, assessment.id, { userIds: [worker5, hcId, worker6, 'no-such-user'] });
    expect(result.created).toBe(1);
    expect(result.sessions.map((s) => s.userId)).toEqual([worker5]);
    expect(result.skipped).toEqual([
      { userId: hcId, name: 'Rina Marlina', reason: 'not_a_coachee' },
      { userId: worker6, name: expect.any(String), reason: 'inactive' },
      { userId: 'no-such-user', name: null, reason: 'not_found' },
    ]);
    await s.t.database.db.update(users).set({ active: true }).where(eq(users.id, worker6));
  });

  it('fills the emptier package when workers are added later', async () => {
    const { assessment } = await assessmentWithQuestions(s.hc, { packages: 1 });
    await assign(s.hc, assessment.id, { unit: 'Gudang' });
    // Package B matches A (2 questions, 2 points): packages that differ cannot be assigned.
    const packageB = await createPackage(s.hc, assessment.id);
    for (const text of ['Soal B1', 'Soal B2']) await addQuestion(s.hc, packageB.id, questionBody(text));
    const later = await assign(s.hc, assessment.id, { unit: 'Utilitas' });
    expect(later.sessions.every((s) => s.packageName === 'B')).toBe(true);
  });

  it('refuses without a package that has questions, an empty unit, and an empty request', async () => {
    const empty = await createAssessment(s.hc);
    await createPackage(s.hc, empty.id);
    const none = await s.hc.post(`/api/assessments/${empty.id}/assignments`, { unit: 'Gudang' });
    expect(none.statusCode).toBe(409);
    expect(none.json()).toMatchObject({ error: 'no_questions', message: expect.stringMatching(/Add at least one question/) });

    const { assessment } = await assessmentWithQuestions(s.hc);
    const unknownUnit = await s.hc.post(`/api/assessments/${assessment.id}/assignments`, { unit: 'Keuangan' });
    expect(unknownUnit.statusCode).toBe(400);
    expect(unknownUnit.json().issues).toEqual([{ path: 'unit', message: 'No active workers belong to unit "Keuangan".' }]);
    expect((await s.hc.post(`/api/assessments/${assessment.id}/assignments`, {})).statusCode).toBe(400);
    expect((await s.hc.post('/api/assessments/no-such-id/assignments', { unit: 'Gudang' })).statusCode).toBe(404);
    expect(await liveSessions(assessment.id)).toEqual([]);
  });

  it('creates exactly one session per worker under 10 identical concurrent requests', async () => {
    const { assessment } = await assessmentWithQuestions(s.hc, { packages: 3 });
    const everyone = DEMO_ACCOUNTS.filter((a) => a.role === 'coachee');
    const userIds = await Promise.all(everyone.map((a) => userIdOf(s.t.database, a.username)));
    const responses = await Promise.all(Array.from({ length: 10 }, () => s.hc.post(`/api/assessments/${assessment.id}/assignments`, { userIds })));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    expect(responses.reduce((sum, r) => sum + r.json().created, 0)).toBe(everyone.length);
    const rows = await liveSessions(assessment.id);
    expect(rows).toHaveLength(everyone.length);
    expect(new Set(rows.map((r) => r.userId)).size).toBe(everyone.length);
    const perPackage = Object.values(rows.reduce<Record<string, number>>((n, r) => ({ ...n, [r.packageId]: (n[r.packageId] ?? 0) + 1 }), {}));
    expect(Math.max(...perPackage) - Math.min(...perPackage)).toBeLessThanOrEqual(1);
  });
});

describe('unassigning', () => {
  it('removes a worker who has not started, refuses one who has', async () => {
    const { assessment } = await assessmentWithQuestions(s.hc);
    const [first, second] = [await userIdOf(s.t.database, 'worker7'), await userIdOf(s.t.database, 'worker8')];
    const { sessions } = await assign(s.hc, assessment.id, { userIds: [first, second] });
    expect((await s.hc.delete(`/api/assessments/${assessment.id}/assignments/${first}`)).statusCode).toBe(204);
    expect((await s.hc.delete(`/api/assessments/${assessment.id}/assignments/${first}`)).statusCode).toBe(404);

    await markStarted(s.t.database, sessions.find((s) => s.userId === second)!.sessionId);
    const refused = await s.hc.delete(`/api/assessments/${assessment.id}/assignments/${second}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: 'locked', message: expect.stringMatching(/already started/) });
    expect((await liveSessions(assessment.id)).map((s) => s.userId)).toEqual([second]);
  });
});

describe('the assignment picker', () => {
  it('searches active coachees by name and unit, without email, NIP or username', async () => {
    const res = await s.hc.get('/api/coachees?q=sari&unit=gudang');
    expect(res.statusCode).toBe(200);
    const expected = workersOfUnit('Gudang').filter((w) => /sari/i.test(w.name));
    expect(res.json().coachees).toEqual(expected.map((w) => ({ id: expect.any(String), name: w.name, unit: 'Gudang', position: 'Operator' })));
    const all = (await s.hc.get('/api/coachees')).json().coachees;
    expect(all).toHaveLength(DEMO_ACCOUNTS.filter((a) => a.role === 'coachee').length);
    expect(Object.keys(all[0]).sort()).toEqual(['id', 'name', 'position', 'unit']);
    expect((await s.hc.get('/api/coachees?q=100%25')).json().coachees).toEqual([]);
  });

  it('lists the units that have workers', async () => {
    expect((await s.hc.get('/api/units')).json()).toEqual({ units: ['Gudang', 'Pemeliharaan', 'Produksi', 'Utilitas'] });
  });
});
