import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { examSessions } from '../../db/schema.js';
import { assessmentWithQuestions, assign, hoursFromNow, markStarted, userIdOf, useTestServer } from '../../test/factories.js';

const s = useTestServer();

async function assignedTo(username: string, overrides: Record<string, unknown>) {
  const { assessment } = await assessmentWithQuestions(s.hc, { overrides });
  const { sessions } = await assign(s.hc, assessment.id, { userIds: [await userIdOf(s.t.database, username)] });
  return { assessment, sessionId: sessions[0]!.sessionId };
}

it("lists the caller's published sessions, newest window first, with the clock of one in progress", async () => {
  const later = await assignedTo('worker11', { title: 'Minggu depan', opensAt: hoursFromNow(24 * 7), closesAt: hoursFromNow(24 * 8), timeZone: 'Asia/Makassar' });
  const running = await assignedTo('worker11', { title: 'Sedang berjalan', opensAt: hoursFromNow(-2), closesAt: hoursFromNow(24) });
  await assignedTo('worker11', { title: 'Draf', published: false });
  await assignedTo('worker12', { title: 'Milik orang lain' });
  await markStarted(s.t.database, running.sessionId);

  const res = await (await s.t.loginAs('worker11')).get('/api/me/sessions');
  expect(res.statusCode).toBe(200);
  const { sessions } = res.json();
  const titles = sessions.map((s: { title: string }) => s.title);
  // The demo assessment opened a day ago; drafts and other workers' sessions stay out.
  expect(titles).toEqual(['Minggu depan', 'Sedang berjalan', 'K3 Dasar: Keselamatan Kerja di Area Produksi']);
  expect(sessions[0]).toEqual({
    id: later.sessionId,
    assessmentId: later.assessment.id,
    title: 'Minggu depan',
    status: 'not_started',
    opensAt: later.assessment.opensAt,
    closesAt: later.assessment.closesAt,
    timeZone: 'Asia/Makassar',
    durationMinutes: 30,
    deadline: null,
    remainingMs: null,
    submittedAt: null,
    score: null,
    passed: null,
    passScore: later.assessment.passScore,
  });
  expect(sessions[1]).toMatchObject({ status: 'in_progress', deadline: expect.any(String) });
  expect(sessions[1].remainingMs).toBeGreaterThan(29 * 60_000);
  expect(sessions[1].remainingMs).toBeLessThanOrEqual(30 * 60_000);
});

it('carries the score, pass mark and end of a submitted attempt', async () => {
  const { sessionId } = await assignedTo('worker14', { title: 'Sudah dikerjakan', passScore: 70 });
  const worker = await s.t.loginAs('worker14');
  await worker.post(`/api/sessions/${sessionId}/start`);
  const submitted = (await worker.post(`/api/sessions/${sessionId}/submit`)).json();
  const { sessions } = (await worker.get('/api/me/sessions')).json();
  expect(sessions.find((row: { id: string }) => row.id === sessionId)).toMatchObject({
    status: 'submitted',
    submittedAt: expect.any(String),
    score: submitted.score,
    passed: false,
    passScore: 70,
  });
});

it('hides a session replaced by a reset', async () => {
  const { sessionId } = await assignedTo('worker13', { title: 'Diulang' });
  await s.t.database.db.update(examSessions).set({ replacedAt: sql`now()` }).where(eq(examSessions.id, sessionId));
  const { sessions } = (await (await s.t.loginAs('worker13')).get('/api/me/sessions')).json();
  expect(sessions.map((s: { id: string }) => s.id)).not.toContain(sessionId);
});
