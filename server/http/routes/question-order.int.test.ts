import { describe, expect, it } from 'vitest';
import { assessmentWithQuestions, assign, createUserVia, markStarted, useTestServer } from '../../test/factories.js';
import type { TestClient } from '../../test/test-server.js';

const s = useTestServer();

type Listed = { id: string; position: number; text: string; points: number; options: { id: string; text: string; correct: boolean }[] };

const questionsOf = async (client: TestClient, assessmentId: string, packageIndex = 0): Promise<Listed[]> =>
  (await client.get(`/api/assessments/${assessmentId}/packages`)).json().packages[packageIndex].questions;

describe('reordering a package', () => {
  it('puts the questions in the order given, positions 1..n', async () => {
    const { assessment, packages } = await assessmentWithQuestions(s.hc, { packages: 1, questions: 3 });
    const [q1, q2, q3] = await questionsOf(s.hc, assessment.id);
    const res = await s.hc.put(`/api/packages/${packages[0]!.id}/question-order`, { questionIds: [q3!.id, q1!.id, q2!.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ questionIds: [q3!.id, q1!.id, q2!.id] });
    const after = await questionsOf(s.hc, assessment.id);
    expect(after.map((q) => [q.id, q.position])).toEqual([
      [q3!.id, 1],
      [q1!.id, 2],
      [q2!.id, 3],
    ]);
  });

  it('refuses an order that is not exactly the package questions with 400, changing nothing', async () => {
    const { assessment, packages } = await assessmentWithQuestions(s.hc, { packages: 2, questions: 3 });
    const [q1, q2, q3] = await questionsOf(s.hc, assessment.id);
    const [other] = await questionsOf(s.hc, assessment.id, 1);
    const url = `/api/packages/${packages[0]!.id}/question-order`;
    const wrongOrders = [
      [q2!.id, q1!.id], // one missing
      [q2!.id, q1!.id, q3!.id, other!.id], // one of another package
      [q2!.id, q1!.id, q1!.id], // one twice
      [q2!.id, q1!.id, 'no-such-id'],
    ];
    for (const questionIds of wrongOrders) {
      const res = await s.hc.put(url, { questionIds });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ error: 'validation', issues: [{ path: 'questionIds', message: expect.any(String) }] });
    }
    expect((await s.hc.put(url, { questionIds: [] })).statusCode).toBe(400);
    expect((await questionsOf(s.hc, assessment.id)).map((q) => q.id)).toEqual([q1!.id, q2!.id, q3!.id]);
    expect((await s.hc.put('/api/packages/no-such-id/question-order', { questionIds: [q1!.id] })).statusCode).toBe(404);
  });
});

describe('duplicating a question', () => {
  it('places a copy with new ids right after the original; the ones behind move down', async () => {
    const { assessment } = await assessmentWithQuestions(s.hc, { packages: 1, questions: 3 });
    const [q1, q2, q3] = await questionsOf(s.hc, assessment.id);
    const res = await s.hc.post(`/api/questions/${q1!.id}/duplicate`);
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json() as Listed;
    expect(copy).toMatchObject({ position: 2, text: q1!.text, points: q1!.points });
    expect(copy.id).not.toBe(q1!.id);
    expect(copy.options.map(({ text, correct }) => ({ text, correct }))).toEqual(q1!.options.map(({ text, correct }) => ({ text, correct })));
    expect(copy.options.some((o) => q1!.options.some((original) => original.id === o.id))).toBe(false);
    expect((await questionsOf(s.hc, assessment.id)).map((q) => [q.id, q.position])).toEqual([
      [q1!.id, 1],
      [copy.id, 2],
      [q2!.id, 3],
      [q3!.id, 4],
    ]);
    expect((await s.hc.post('/api/questions/no-such-id/duplicate')).statusCode).toBe(404);
  });
});

describe('after a worker starts', () => {
  it('refuses reordering and duplicating with 409 locked, changing nothing', async () => {
    const { assessment, packages } = await assessmentWithQuestions(s.hc, { packages: 1, questions: 2 });
    const worker = await createUserVia(await s.t.loginAs('admin'), 'coachee');
    const { sessions } = await assign(s.hc, assessment.id, { userIds: [worker.id] });
    await markStarted(s.t.database, sessions[0]!.sessionId);
    const before = await questionsOf(s.hc, assessment.id);
    const attempts = [
      s.hc.put(`/api/packages/${packages[0]!.id}/question-order`, { questionIds: before.map((q) => q.id).reverse() }),
      s.hc.post(`/api/questions/${before[0]!.id}/duplicate`),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ error: 'locked' });
    }
    expect(await questionsOf(s.hc, assessment.id)).toEqual(before);
  });
});
