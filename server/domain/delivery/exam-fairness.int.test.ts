import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEvents, examSessions, sessionAnswers } from '../../db/schema.js';
import { createExamFixture } from '../../test/exam-fixtures.js';
import { cookieHeader, openSse } from '../../test/sse-client.js';
import { createTestServer, type TestClient, type TestServer } from '../../test/test-server.js';

let t: TestServer;
let base: string;
let hc: TestClient;
beforeAll(async () => {
  t = await createTestServer();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  hc = await t.loginAs('hc');
});
afterAll(() => t.close());

const rowOf = async (id: string) => (await t.database.db.select().from(examSessions).where(eq(examSessions.id, id)))[0]!;
const answersOf = (id: string) => t.database.db.select().from(sessionAnswers).where(eq(sessionAnswers.sessionId, id));
const eventsOf = (id: string) => t.database.db.select().from(answerEvents).where(eq(answerEvents.sessionId, id));

/** One worker's running exam opened on a first device. */
async function runningOnFirstDevice(worker: string) {
  const fixture = await createExamFixture(t.database.db, { workers: [worker], questionCount: 6, questionsPerPage: 2 });
  const id = fixture.sessions[worker]!;
  const first = await t.loginAs(worker);
  expect((await first.post(`/api/sessions/${id}/start`)).statusCode).toBe(200);
  const save = (device: TestClient, q: number, option: number, seq: number) =>
    device.put(`/api/sessions/${id}/answers/${fixture.questions[q]!.id}`, { optionId: fixture.questions[q]!.options[option], seq });
  return { fixture, id, first, save };
}

describe('one active device per exam', () => {
  it('a start on a second device takes the exam over: the first is told and can write nothing', async () => {
    const { fixture, id, first, save } = await runningOnFirstDevice('worker1');
    expect((await save(first, 0, 1, 1)).statusCode).toBe(200);
    expect((await first.put(`/api/sessions/${id}/position`, { pageIndex: 1 })).statusCode).toBe(200);
    const stream = await openSse(`${base}/api/sessions/${id}/events`, cookieHeader(first.cookies));
    await stream.next((e) => (e.data as { reason: string }).reason === 'connected');

    const second = await t.loginAs('worker1');
    const taken = (await second.post(`/api/sessions/${id}/start`)).json();
    // Saved answers and the page travel with the exam.
    expect(taken).toMatchObject({ status: 'in_progress', pageIndex: 1, answers: { [fixture.questions[0]!.id]: fixture.questions[0]!.options[1] } });
    const pushed = await stream.next((e) => e.event === 'status' && (e.data as { reason: string }).reason === 'taken_over');
    expect(pushed.data).toMatchObject({ status: 'in_progress', reason: 'taken_over' });
    stream.close();

    const before = { row: await rowOf(id), answers: await answersOf(id), events: (await eventsOf(id)).length };
    const refusals = [
      await save(first, 0, 2, 2),
      await save(first, 1, 2, 1),
      await first.put(`/api/sessions/${id}/position`, { pageIndex: 2 }),
      await first.post(`/api/sessions/${id}/heartbeat`),
      await first.post(`/api/sessions/${id}/submit`),
    ];
    for (const res of refusals) expect([res.statusCode, res.json().error]).toEqual([409, 'taken_over']);
    // Nothing written: no answer, no timeline event, no page, no presence, no submission.
    expect(await answersOf(id)).toEqual(before.answers);
    expect((await eventsOf(id)).length).toBe(before.events);
    expect(await rowOf(id)).toEqual(before.row);
    expect((await first.get(`/api/sessions/${id}/status`)).json()).toMatchObject({ status: 'in_progress', takenOver: true });

    expect((await save(second, 0, 3, 2)).statusCode).toBe(200);
    expect((await second.get(`/api/sessions/${id}/status`)).json().takenOver).toBe(false);
  });

  it('starting again on the first device takes it back; the second is refused from then on', async () => {
    const { id, first, save } = await runningOnFirstDevice('worker2');
    const second = await t.loginAs('worker2');
    await second.post(`/api/sessions/${id}/start`);
    expect((await save(second, 0, 1, 1)).statusCode).toBe(200);
    const secondStream = await openSse(`${base}/api/sessions/${id}/events`, cookieHeader(second.cookies));

    const back = (await first.post(`/api/sessions/${id}/start`)).json();
    expect(back.answerSeq).toMatchObject({ [Object.keys(back.answerSeq)[0]!]: 1 });
    await secondStream.next((e) => (e.data as { reason: string }).reason === 'taken_over');
    secondStream.close();
    expect((await save(first, 0, 2, 2)).statusCode).toBe(200);
    expect((await save(second, 0, 3, 3)).json().error).toBe('taken_over');
    // A device that reconnects its stream after losing the exam hears it first thing.
    const reconnected = await openSse(`${base}/api/sessions/${id}/events`, cookieHeader(second.cookies));
    expect((await reconnected.next((e) => e.event === 'status')).data).toMatchObject({ reason: 'taken_over' });
    reconnected.close();
    // The device holding the exam submits.
    expect((await first.post(`/api/sessions/${id}/submit`)).json()).toMatchObject({ status: 'submitted', answeredCount: 1 });
  });

  it('a resume on the device that holds the exam announces nothing', async () => {
    const { id, first } = await runningOnFirstDevice('worker3');
    const stream = await openSse(`${base}/api/sessions/${id}/events`, cookieHeader(first.cookies));
    await first.post(`/api/sessions/${id}/start`);
    await hc.post(`/api/sessions/${id}/extend`, { minutes: 5, reason: 'Gangguan jaringan' });
    await stream.next((e) => (e.data as { reason: string }).reason === 'extended');
    stream.close();
    expect(stream.events.map((e) => (e.data as { reason: string }).reason)).not.toContain('taken_over');
  });
});

describe('pause hides the questions', () => {
  it('while paused the view has no questions and no answers; resume restores them on the same page', async () => {
    const { fixture, id, first, save } = await runningOnFirstDevice('worker4');
    await save(first, 2, 1, 1);
    await first.put(`/api/sessions/${id}/position`, { pageIndex: 1 });
    expect((await hc.post(`/api/sessions/${id}/pause`, { reason: 'Listrik padam' })).statusCode).toBe(200);

    for (const res of [await first.get(`/api/sessions/${id}`), await first.post(`/api/sessions/${id}/start`)]) {
      const view = res.json();
      expect(view).toMatchObject({ status: 'in_progress', paused: true, questions: [], answers: {}, answerSeq: {}, pageIndex: 1 });
      expect(res.body).not.toContain(fixture.questions[0]!.id);
    }
    expect((await save(first, 3, 1, 1)).json().error).toBe('paused');

    expect((await hc.post(`/api/sessions/${id}/resume`, {})).statusCode).toBe(200);
    const resumed = (await first.get(`/api/sessions/${id}`)).json();
    expect(resumed).toMatchObject({ paused: false, pageIndex: 1, answers: { [fixture.questions[2]!.id]: fixture.questions[2]!.options[1] } });
    expect(resumed.questions).toHaveLength(6);
  });
});
