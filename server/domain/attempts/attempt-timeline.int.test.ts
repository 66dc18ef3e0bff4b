import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptTimeline, TimelineEntry } from '../../../common/schemas/attempts.js';
import { examSessions } from '../../db/schema.js';
import { createExamFixture } from '../../test/exam-fixtures.js';
import { createUserVia } from '../../test/factories.js';
import { createTestServer, type TestClient, type TestServer } from '../../test/test-server.js';

const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 14; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

let t: TestServer;
let admin: TestClient;
let hc: TestClient;
beforeAll(async () => {
  t = await createTestServer();
  admin = await t.loginAs('admin');
  hc = await t.loginAs('hc');
}, 60_000);
afterAll(() => t.close());

/** A new worker and a device (login) of theirs; `userAgent` is what that browser would send. */
async function newWorker() {
  const user = await createUserVia(admin, 'coachee');
  const device = async (userAgent?: string) => {
    const client = await t.anonymous();
    const res = await client.post('/api/auth/login', { username: user.username, password: user.password }, userAgent ? { headers: { 'user-agent': userAgent } } : {});
    client.csrfToken = res.json().csrfToken;
    return client;
  };
  return { ...user, device };
}

const timelineOf = async (sessionId: string) => (await hc.get(`/api/sessions/${sessionId}/timeline`)).json() as AttemptTimeline;
const kindsOf = (entries: TimelineEntry[]) => entries.map((e) => (e.kind === 'answer' ? `answer:${e.applied ? 'applied' : 'stale'}` : e.kind));
const silence = (sessionId: string, seconds: number) =>
  t.database.db.update(examSessions).set({ lastSeenAt: sql`now() - make_interval(secs => ${seconds})` }).where(eq(examSessions.id, sessionId));

describe('an attempt, start to submit', () => {
  it('reads as one ordered timeline: saves, pages, the take-over, HC actions with reasons, gaps only after silence', async () => {
    const worker = await newWorker();
    const exam = await createExamFixture(t.database.db, { workers: [worker.username], questionCount: 4, questionsPerPage: 2, shuffle: true });
    const id = exam.sessions[worker.username]!;
    const laptop = await worker.device();
    const view = (await laptop.post(`/api/sessions/${id}/start`)).json();
    // Shuffled: the numbers and letters the worker saw are the view's order, not the package's.
    const [first, , third] = view.questions as { id: string; options: { id: string }[] }[];
    await laptop.put(`/api/sessions/${id}/answers/${first!.id}`, { optionId: first!.options[1]!.id, seq: 1, clientTime: '2026-11-25T03:00:00.000Z' });
    expect((await laptop.put(`/api/sessions/${id}/position`, { pageIndex: 1 })).statusCode).toBe(200);
    await laptop.put(`/api/sessions/${id}/position`, { pageIndex: 1 }); // the same page again: not a change
    expect((await laptop.put(`/api/sessions/${id}/answers/${first!.id}`, { optionId: first!.options[2]!.id, seq: 1 })).json().error).toBe('stale');
    await laptop.post(`/api/sessions/${id}/heartbeat`); // steady: nothing recorded

    const phone = await worker.device(ANDROID_CHROME);
    await phone.post(`/api/sessions/${id}/start`);
    expect((await hc.post(`/api/sessions/${id}/extend`, { minutes: 5, reason: 'Listrik padam di ruang 2' })).statusCode).toBe(200);
    await silence(id, 60);
    await phone.post(`/api/sessions/${id}/heartbeat`); // a short silence: written, but no gap
    await silence(id, 300);
    await phone.post(`/api/sessions/${id}/heartbeat`);
    await phone.put(`/api/sessions/${id}/answers/${third!.id}`, { optionId: third!.options[0]!.id, seq: 1 });
    await phone.post(`/api/sessions/${id}/submit`);

    const timeline = await timelineOf(id);
    expect(kindsOf(timeline.entries)).toEqual(['started', 'answer:applied', 'page', 'answer:stale', 'taken_over', 'hc_action', 'heartbeat_gap', 'answer:applied', 'submitted']);
    const [started, saved, page, stale, takenOver, extend, gap, , submitted] = timeline.entries;
    expect(started).toMatchObject({ kind: 'started', resumed: false, device: expect.stringMatching(/^[0-9a-f]{8}$/), browser: null });
    expect(saved).toMatchObject({ questionId: first!.id, questionNumber: 1, optionLetter: 'B', seq: 1, clientTime: '2026-11-25T03:00:00.000Z', applied: true });
    expect(page).toMatchObject({ pageIndex: 1 });
    expect(stale).toMatchObject({ questionNumber: 1, optionLetter: 'C', applied: false, clientTime: null });
    expect(takenOver).toMatchObject({ fromDevice: (started as { device: string }).device, toDevice: expect.stringMatching(/^[0-9a-f]{8}$/), browser: 'Chrome 131 · Android' });
    expect((takenOver as { toDevice: string }).toDevice).not.toBe((started as { device: string }).device);
    expect(extend).toMatchObject({ scope: 'attempt', action: 'session.extend', actorName: expect.any(String), reason: 'Listrik padam di ruang 2', before: { extensionMinutes: 0 }, after: { extensionMinutes: 5 } });
    expect((gap as { gapSeconds: number }).gapSeconds).toBeGreaterThanOrEqual(299);
    expect(timeline.entries[7]).toMatchObject({ questionNumber: 3, optionLetter: 'A' });
    expect(submitted).toMatchObject({ submitKind: 'worker', status: 'submitted' });
    // Server time never goes backwards down the list.
    const times = timeline.entries.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The contract's list stays: every save in arrival order.
    expect(timeline.events.map((e) => [e.seq, e.applied])).toEqual([[1, true], [1, false], [1, true]]);
    expect(timeline.attempt).toMatchObject({ sessionId: id, attempt: 1, replaced: false, status: 'submitted', submitKind: 'worker', extensionMinutes: 5, timeZone: 'Asia/Jakarta', packageName: 'A' });
    expect(JSON.stringify(timeline.attempt)).not.toContain(worker.username);
  });

  it("gives HC the answer sheet in the worker's order with save times, and the worker no correct option without review", async () => {
    const worker = await newWorker();
    const exam = await createExamFixture(t.database.db, { workers: [worker.username], questionCount: 3, shuffle: true });
    const id = exam.sessions[worker.username]!;
    const device = await worker.device();
    const view = (await device.post(`/api/sessions/${id}/start`)).json();
    const [first, second] = view.questions as { id: string; options: { id: string }[] }[];
    const correctOf = (questionId: string) => exam.questions.find((q) => q.id === questionId)!.correct;
    await device.put(`/api/sessions/${id}/answers/${first!.id}`, { optionId: correctOf(first!.id), seq: 1 });
    const wrong = second!.options.find((o) => o.id !== correctOf(second!.id))!.id;
    const savedAt = (await device.put(`/api/sessions/${id}/answers/${second!.id}`, { optionId: wrong, seq: 1 })).json().savedAt;
    await device.post(`/api/sessions/${id}/submit`);

    const sheet = (await hc.get(`/api/sessions/${id}/result`)).json();
    expect(sheet.review.map((r: { questionId: string }) => r.questionId)).toEqual(view.questions.map((q: { id: string }) => q.id));
    expect(sheet.review[0]).toMatchObject({ position: 1, correct: true, chosenOptionId: correctOf(first!.id), correctOptionId: correctOf(first!.id), savedAt: expect.any(String) });
    expect(sheet.review[1]).toMatchObject({ position: 2, correct: false, chosenOptionId: wrong, savedAt });
    expect(sheet.review[2]).toMatchObject({ position: 3, chosenOptionId: null, correct: false, savedAt: null });

    // Review not allowed (the fixture's default): the worker gets the score and never a key.
    const own = await device.get(`/api/sessions/${id}/result`);
    expect(own.json()).toMatchObject({ status: 'submitted', review: null, answeredCount: 2 });
    for (const q of exam.questions) expect(own.body).not.toContain(q.correct);
  });
});

describe('actions beyond the attempt', () => {
  it('shows a silence ended by a page change, an assessment-wide close before the ending it caused, a re-key, and the reset on the next attempt', async () => {
    const worker = await newWorker();
    const exam = await createExamFixture(t.database.db, { workers: [worker.username], questionCount: 2, questionsPerPage: 1 });
    const id = exam.sessions[worker.username]!;
    const device = await worker.device();
    await device.post(`/api/sessions/${id}/start`);
    await device.post(`/api/sessions/${id}/start`); // a reload on the same device
    await silence(id, 200);
    await device.put(`/api/sessions/${id}/position`, { pageIndex: 1 }); // heard from again by a page change
    expect((await hc.post(`/api/assessments/${exam.assessmentId}/close`, { reason: 'Selesai lebih awal' })).statusCode).toBe(200);

    const closed = await timelineOf(id);
    expect(kindsOf(closed.entries)).toEqual(['started', 'started', 'heartbeat_gap', 'page', 'hc_action', 'submitted']);
    expect(closed.entries[1]).toMatchObject({ resumed: true, device: (closed.entries[0] as { device: string }).device });
    expect(closed.entries[4]).toMatchObject({ scope: 'assessment', action: 'assessment.close', reason: 'Selesai lebih awal' });
    expect(closed.entries[5]).toMatchObject({ submitKind: 'closed', status: 'closed' });

    const [firstQuestion] = exam.questions;
    expect((await hc.post(`/api/questions/${firstQuestion!.id}/key`, { optionId: firstQuestion!.options[1], reason: 'Kunci salah ketik' })).statusCode).toBe(200);
    expect((await timelineOf(id)).entries.at(-1)).toMatchObject({ scope: 'question', questionNumber: 1, action: 'question.rekey', reason: 'Kunci salah ketik' });

    const reset = (await hc.post(`/api/sessions/${id}/reset`, { reason: 'Ujian ulang' })).json();
    const next = await timelineOf(reset.sessionId);
    expect(next.attempt).toMatchObject({ attempt: 2, replaced: false, status: 'not_started' });
    expect(next.entries).toEqual([expect.objectContaining({ kind: 'hc_action', scope: 'previous_attempt', action: 'session.reset', reason: 'Ujian ulang' })]);
    const earlier = await timelineOf(id);
    expect(earlier.attempt).toMatchObject({ attempt: 1, replaced: true });
    expect(earlier.entries.at(-1)).toMatchObject({ scope: 'attempt', action: 'session.reset' });
  });

  it('is 404 for an unknown session', async () => {
    expect((await hc.get('/api/sessions/nope/timeline')).statusCode).toBe(404);
  });
});
