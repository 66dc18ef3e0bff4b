import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { questions } from '../../db/schema.js';
import {
  addQuestion,
  assessmentWithQuestions,
  assign,
  countRows,
  createAssessment,
  createPackage,
  fileUpload,
  markStarted,
  questionBody,
  userIdOf,
  useTestServer,
} from '../../test/factories.js';

const s = useTestServer();

describe('packages', () => {
  it('names new packages A, B, C… unless given a name, and refuses a taken name', async () => {
    const a = await createAssessment(s.hc);
    expect((await createPackage(s.hc, a.id)).name).toBe('A');
    expect((await createPackage(s.hc, a.id, 'Paket Pagi')).name).toBe('Paket Pagi');
    expect((await createPackage(s.hc, a.id)).name).toBe('B');
    const taken = await s.hc.post(`/api/assessments/${a.id}/packages`, { name: 'paket pagi' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ error: 'duplicate', field: 'name' });
    expect((await s.hc.post('/api/assessments/no-such-id/packages', {})).statusCode).toBe(404);
  });

  it('deletes a package nobody was given, and refuses one that was', async () => {
    const { assessment, packages } = await assessmentWithQuestions(s.hc, { packages: 2, questions: 1 });
    const spare = await createPackage(s.hc, assessment.id);
    expect((await s.hc.delete(`/api/packages/${spare.id}`)).statusCode).toBe(204);
    await assign(s.hc, assessment.id, { userIds: [await userIdOf(s.t.database, 'worker3')] });
    const res = await s.hc.delete(`/api/packages/${packages[0]!.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'in_use', message: expect.stringMatching(/package A/) });
    expect((await s.hc.delete('/api/packages/no-such-id')).statusCode).toBe(404);
  });
});

describe('questions', () => {
  it('appends questions in order, keeps line breaks, and lists them with the correct answers for staff', async () => {
    const a = await createAssessment(s.hc);
    const pkg = await createPackage(s.hc, a.id);
    const first = await addQuestion(s.hc, pkg.id, { ...questionBody('x', 2, 3), text: '  Baris satu\r\nBaris dua  ' });
    expect(first).toMatchObject({ position: 1, text: 'Baris satu\nBaris dua', points: 3 });
    expect(first.options.map((o) => o.correct)).toEqual([false, false, true, false]);
    expect((await addQuestion(s.hc, pkg.id)).position).toBe(2);
    const { packages } = (await s.hc.get(`/api/assessments/${a.id}/packages`)).json();
    expect(packages).toEqual([{ id: pkg.id, name: 'A', sessionCount: 0, questions: [first, expect.objectContaining({ position: 2 })] }]);
  });

  it('refuses a malformed question with a sentence per field, writing nothing', async () => {
    const a = await createAssessment(s.hc);
    const pkg = await createPackage(s.hc, a.id);
    const options = (correct: boolean[]) => correct.map((c, i) => ({ text: `Pilihan ${i}`, correct: c }));
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ options: options([true]) }, 'options', /at least 2 options/],
      [{ options: options([true, ...Array(8).fill(false)]) }, 'options', /at most 8 options/],
      [{ options: options([false, false]) }, 'options', /Mark one option as the correct answer/],
      [{ options: options([true, true, false]) }, 'options', /Only one option may be correct; 2 are marked/],
      [{ points: 0 }, 'points', /at least 1/],
      [{ text: ' \n ' }, 'text', /Enter the question text/],
      [{ options: [{ text: '', correct: true }, { text: 'b' }] }, 'options.0.text', /Enter the option text/],
    ];
    for (const [override, path, message] of cases) {
      const res = await s.hc.post(`/api/packages/${pkg.id}/questions`, { ...questionBody('Soal'), ...override });
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      expect(res.json().issues, res.body).toContainEqual({ path, message: expect.stringMatching(message) });
    }
    expect(await s.t.database.db.$count(questions, eq(questions.packageId, pkg.id))).toBe(0);
    expect((await s.hc.post('/api/packages/no-such-id/questions', questionBody('Soal'))).statusCode).toBe(404);
  });

  it('edits and deletes a question; new options replace the old ones', async () => {
    const a = await createAssessment(s.hc);
    const pkg = await createPackage(s.hc, a.id);
    const q = await addQuestion(s.hc, pkg.id);
    const edited = await s.hc.patch(`/api/questions/${q.id}`, {
      points: 2,
      options: [
        { text: 'Ya', correct: false },
        { text: 'Tidak', correct: true },
      ],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ text: q.text, points: 2, options: [{ text: 'Ya', correct: false }, { text: 'Tidak', correct: true }] });
    expect((await s.hc.patch(`/api/questions/${q.id}`, { options: [{ text: 'Ya', correct: false }, { text: 'Tidak' }] })).statusCode).toBe(400);
    expect((await s.hc.delete(`/api/questions/${q.id}`)).statusCode).toBe(204);
    expect((await s.hc.patch(`/api/questions/${q.id}`, { points: 3 })).statusCode).toBe(404);
  });
});

describe('after a worker starts', () => {
  it('refuses every change to packages, questions, options and answers with 409 locked, changing nothing', async () => {
    const { assessment, packages } = await assessmentWithQuestions(s.hc, { packages: 2, questions: 2 });
    const { sessions } = await assign(s.hc, assessment.id, { userIds: [await userIdOf(s.t.database, 'worker4')] });
    await markStarted(s.t.database, sessions[0]!.sessionId);
    const [question] = (await s.hc.get(`/api/assessments/${assessment.id}/packages`)).json().packages[0].questions;
    const before = [await countRows(s.t.database, 'questions'), await countRows(s.t.database, 'question_options'), await countRows(s.t.database, 'question_packages')];

    const upload = fileUpload('soal.xlsx', (await s.hc.get(`/api/assessments/${assessment.id}/packages/export`)).rawPayload);
    const attempts = [
      s.hc.post(`/api/assessments/${assessment.id}/packages`, {}),
      s.hc.delete(`/api/packages/${packages[1]!.id}`),
      s.hc.post(`/api/packages/${packages[0]!.id}/questions`, questionBody('Baru')),
      s.hc.patch(`/api/questions/${question.id}`, { text: 'Diubah' }),
      s.hc.patch(`/api/questions/${question.id}`, { options: [{ text: 'Satu', correct: true }, { text: 'Dua' }] }),
      s.hc.delete(`/api/questions/${question.id}`),
      s.hc.post(`/api/assessments/${assessment.id}/packages/import`, upload.payload, { headers: upload.headers }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ error: 'locked', message: expect.stringMatching(/already started/) });
    }
    const after = [await countRows(s.t.database, 'questions'), await countRows(s.t.database, 'question_options'), await countRows(s.t.database, 'question_packages')];
    expect(after).toEqual(before);
  });
});
