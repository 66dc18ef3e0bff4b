import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { examSessions } from '../../db/schema.js';
import { addQuestion, assessmentWithQuestions, createPackage, questionBody, userIdOf, useTestServer } from '../../test/factories.js';

const s = useTestServer();

describe('packages must match before an assessment is assigned or opened', () => {
  it('refuses to assign when packages differ in question count, naming each package, and creates nothing', async () => {
    const { assessment, packages } = await assessmentWithQuestions(s.hc, { packages: 2, questions: 2 });
    for (const n of [3, 4, 5]) await addQuestion(s.hc, packages[0]!.id, questionBody(`Soal A${n}`));
    const worker = await userIdOf(s.t.database, 'worker1');

    const res = await s.hc.post(`/api/assessments/${assessment.id}/assignments`, { userIds: [worker] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: 'packages_differ',
      packages: [
        { name: 'A', questionCount: 5, totalPoints: 5 },
        { name: 'B', questionCount: 2, totalPoints: 2 },
      ],
    });
    expect(res.json().message).toMatch(/A \(5 questions, 5 points\), B \(2 questions, 2 points\)/);
    expect(await s.t.database.db.select().from(examSessions).where(eq(examSessions.assessmentId, assessment.id))).toEqual([]);
  });

  it('counts points too, ignores empty packages, and assigns once the packages match', async () => {
    const { assessment, packages } = await assessmentWithQuestions(s.hc, { packages: 2, questions: 1 });
    await addQuestion(s.hc, packages[0]!.id, questionBody('Soal A2', 0, 3));
    await addQuestion(s.hc, packages[1]!.id, questionBody('Soal B2', 0, 1));
    await createPackage(s.hc, assessment.id);
    const worker = await userIdOf(s.t.database, 'worker2');

    const differ = await s.hc.post(`/api/assessments/${assessment.id}/assignments`, { userIds: [worker] });
    expect(differ.json()).toMatchObject({ error: 'packages_differ', packages: [{ name: 'A', totalPoints: 4 }, { name: 'B', totalPoints: 2 }] });

    const [b2] = (await s.hc.get(`/api/assessments/${assessment.id}/packages`)).json().packages[1].questions.slice(-1);
    expect((await s.hc.patch(`/api/questions/${b2.id}`, { points: 3 })).statusCode).toBe(200);
    const assigned = await s.hc.post(`/api/assessments/${assessment.id}/assignments`, { userIds: [worker] });
    expect(assigned.statusCode, assigned.body).toBe(200);
  });

  it('refuses to open (publish) a draft whose packages differ, and leaves it a draft', async () => {
    const { assessment, packages } = await assessmentWithQuestions(s.hc, { packages: 2, questions: 2, overrides: { published: false } });
    await addQuestion(s.hc, packages[1]!.id, questionBody('Soal B3'));

    const res = await s.hc.patch(`/api/assessments/${assessment.id}`, { published: true });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'packages_differ', packages: [{ name: 'A', questionCount: 2 }, { name: 'B', questionCount: 3 }] });
    expect((await s.hc.get(`/api/assessments/${assessment.id}`)).json()).toMatchObject({ published: false, status: 'draft' });

    await addQuestion(s.hc, packages[0]!.id, questionBody('Soal A3'));
    expect((await s.hc.patch(`/api/assessments/${assessment.id}`, { published: true })).json()).toMatchObject({ published: true, status: 'open' });
  });
});
