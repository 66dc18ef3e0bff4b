import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { assessments } from '../db/schema.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { K3_ASSESSMENT } from './k3-question-bank.js';
import { seedDemo } from './seed-demo.js';
import { useTestServer } from '../test/factories.js';

const s = useTestServer();

const demoAssessments = () => s.t.database.db.select().from(assessments).where(eq(assessments.title, K3_ASSESSMENT.title));
const workerCount = DEMO_ACCOUNTS.filter((a) => a.role === 'coachee').length;

it('seeds an open K3 assessment: 2 packages of 30 distinct questions, 10 per page, 30 minutes, certifying K3-01', async () => {
  const [demo] = await demoAssessments();
  const assessment = (await s.hc.get(`/api/assessments/${demo!.id}`)).json();
  expect(assessment).toMatchObject({ status: 'open', durationMinutes: 30, passScore: 70, questionsPerPage: 10, packageCount: 2, questionCount: 60 });
  const [competency] = (await s.hc.get('/api/competencies')).json().competencies;
  expect(competency).toMatchObject({ code: 'K3-01', name: 'Keselamatan Kerja Dasar', assessmentCount: 1 });
  expect(assessment.competencyIds).toEqual([competency.id]);

  const { packages } = (await s.hc.get(`/api/assessments/${demo!.id}/packages`)).json();
  expect(packages.map((p: { name: string; questions: unknown[] }) => [p.name, p.questions.length])).toEqual([
    ['A', 30],
    ['B', 30],
  ]);
  const questions = packages.flatMap((p: { questions: { text: string; options: { correct: boolean }[] }[] }) => p.questions);
  expect(new Set(questions.map((q: { text: string }) => q.text)).size).toBe(60);
  const correctLetters = questions.map((q: { options: { correct: boolean }[] }) => {
    expect(q.options).toHaveLength(4);
    expect(q.options.filter((o) => o.correct)).toHaveLength(1);
    return 'ABCD'[q.options.findIndex((o) => o.correct)];
  });
  expect(new Set(correctLetters)).toEqual(new Set(['A', 'B', 'C', 'D']));
});

it('assigns every demo worker, half to each package, and a worker sees it on the dashboard', async () => {
  const [demo] = await demoAssessments();
  const { assignments } = (await s.hc.get(`/api/assessments/${demo!.id}/assignments`)).json();
  expect(assignments).toHaveLength(workerCount);
  expect(assignments.filter((a: { packageName: string }) => a.packageName === 'A')).toHaveLength(workerCount / 2);
  const { sessions } = (await (await s.t.loginAs('worker20')).get('/api/me/sessions')).json();
  expect(sessions).toEqual([expect.objectContaining({ assessmentId: demo!.id, title: K3_ASSESSMENT.title, status: 'not_started' })]);
});

it('seeds again without duplicating anything', async () => {
  await seedDemo(s.t.database.db);
  const all = await demoAssessments();
  expect(all).toHaveLength(1);
  expect((await s.hc.get(`/api/assessments/${all[0]!.id}`)).json()).toMatchObject({ questionCount: 60, sessionCount: workerCount });
  expect((await s.hc.get('/api/competencies')).json().competencies).toHaveLength(1);
});
