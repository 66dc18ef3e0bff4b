import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorRow } from '../../../common/schemas/monitoring.js';
import { assessments, auditLog, examSessions } from '../../db/schema.js';
import { createExamFixture, type ExamFixture } from '../../test/exam-fixtures.js';
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

const ROW_KEYS = Object.keys(monitorRow.shape).sort();
const PII = /@demo\.ujian\.local|1988000000|"username"|"nip"|"email"/;

async function runningExam(workers: string[]) {
  const fixture = await createExamFixture(t.database.db, { workers, questionCount: 6 });
  const clients: Record<string, TestClient> = {};
  for (const w of workers) {
    clients[w] = await t.loginAs(w);
    await clients[w]!.post(`/api/sessions/${fixture.sessions[w]}/start`);
  }
  return { fixture, clients };
}

const save = (c: TestClient, f: ExamFixture, worker: string, q: number, seq = 1) =>
  c.put(`/api/sessions/${f.sessions[worker]}/answers/${f.questions[q]!.id}`, { optionId: f.questions[q]!.options[1], seq });

describe('monitoring payloads', () => {
  it('sends exactly the declared keys and never email, NIP, username or answers, in the snapshot and in pushed rows', async () => {
    const { fixture, clients } = await runningExam(['worker1', 'worker2']);
    await save(clients.worker1!, fixture, 'worker1', 0);
    await t.database.db.update(assessments).set({ timeZone: 'Asia/Makassar' }).where(eq(assessments.id, fixture.assessmentId));
    const snapshot = await hc.get(`/api/assessments/${fixture.assessmentId}/monitor`);
    expect(snapshot.statusCode).toBe(200);
    const body = snapshot.json();
    expect(Object.keys(body).sort()).toEqual(['assessment', 'counts', 'serverNow', 'sessions']);
    // The zone (for the times the room shows) is the assessment's, once, never per row.
    expect(body.assessment).toEqual({ id: fixture.assessmentId, title: 'Uji K3 Fixture', questionCount: 6, timeZone: 'Asia/Makassar' });
    expect(body.counts).toEqual({ not_started: 0, in_progress: 2, submitted: 0, closed: 0, abandoned: 0 });
    for (const row of body.sessions) expect(Object.keys(row).sort()).toEqual(ROW_KEYS);
    expect(body.sessions.find((r: { workerName: string }) => r.workerName === 'Agus Setiawan')).toMatchObject({ answeredCount: 1, questionCount: 6, presence: 'online', online: true });
    expect(snapshot.body).not.toMatch(PII);
    expect(snapshot.body).not.toContain(fixture.questions[0]!.options[1]);

    const stream = await openSse(`${base}/api/assessments/${fixture.assessmentId}/monitor/events`, cookieHeader(hc.cookies));
    await stream.next((e) => e.event === 'snapshot');
    await save(clients.worker2!, fixture, 'worker2', 3);
    type Rows = { rows: { workerName: string; answeredCount: number }[] };
    await stream.next((e) => e.event === 'rows' && (e.data as Rows).rows.some((r) => r.workerName === 'Budi Santoso' && r.answeredCount === 1));
    stream.close();
    for (const e of stream.events.filter((e) => e.event === 'rows')) {
      for (const row of (e.data as Rows).rows) expect(Object.keys(row).sort()).toEqual(ROW_KEYS);
    }
    expect(JSON.stringify(stream.events)).not.toMatch(PII);
  });

  it('costs the database nothing per viewer once the room is loaded', async () => {
    const { fixture } = await runningExam(['worker3']);
    const url = `/api/assessments/${fixture.assessmentId}/monitor`;
    await hc.get(url); // loads the room
    const before = t.database.queries.count;
    for (let i = 0; i < 50; i++) await hc.get(url);
    const monitorCost = t.database.queries.count - before;
    const baseline = t.database.queries.count;
    for (let i = 0; i < 50; i++) await hc.get('/api/auth/me');
    // The only query a monitoring request makes is the session-cookie check every request makes.
    expect(monitorCost).toBe(t.database.queries.count - baseline);
  });
});

describe('HC control', () => {
  it('closes a session: the worker hears it within a second, saved answers are scored, saves stop', async () => {
    const { fixture, clients } = await runningExam(['worker4']);
    const worker = clients.worker4!;
    const id = fixture.sessions.worker4!;
    await save(worker, fixture, 'worker4', 0);
    const stream = await openSse(`${base}/api/sessions/${id}/events`, cookieHeader(worker.cookies));
    const started = Date.now();
    const res = await hc.post(`/api/sessions/${id}/close`, { reason: 'Peserta terindikasi menyontek' });
    expect(res.statusCode).toBe(200);
    const pushed = await stream.next((e) => e.event === 'status' && (e.data as { reason: string }).reason === 'closed', 2_000);
    expect(Date.now() - started).toBeLessThan(1_500);
    stream.close();
    expect(pushed.data).toMatchObject({ status: 'closed', reason: 'closed' });
    expect((await save(worker, fixture, 'worker4', 1)).json().error).toBe('exam_closed');
    const [row] = await t.database.db.select().from(examSessions).where(eq(examSessions.id, id));
    expect(row).toMatchObject({ status: 'closed', submitKind: 'closed', scorePoints: 0, maxPoints: 6 });
    const again = await hc.post(`/api/sessions/${id}/close`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'invalid_state', current: { status: 'closed' } });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit).toEqual([expect.objectContaining({ action: 'session.close', reason: 'Peserta terindikasi menyontek', before: expect.objectContaining({ status: 'in_progress' }) })]);
  });

  it('pauses (clock stops, saves wait) and resumes (deadline moves by the pause)', async () => {
    const { fixture, clients } = await runningExam(['worker5']);
    const id = fixture.sessions.worker5!;
    const before = (await clients.worker5!.get(`/api/sessions/${id}/status`)).json();
    expect((await hc.post(`/api/sessions/${id}/pause`, { reason: 'Listrik padam' })).json()).toMatchObject({ paused: true });
    expect((await save(clients.worker5!, fixture, 'worker5', 0)).json().error).toBe('paused');
    const paused1 = (await clients.worker5!.get(`/api/sessions/${id}/status`)).json();
    await new Promise((r) => setTimeout(r, 300));
    const paused2 = (await clients.worker5!.get(`/api/sessions/${id}/status`)).json();
    expect(paused2.remainingMs).toBe(paused1.remainingMs);
    const resumed = (await hc.post(`/api/sessions/${id}/resume`, {})).json();
    expect(new Date(resumed.deadline).getTime()).toBeGreaterThan(new Date(before.deadline).getTime() + 250);
    expect((await save(clients.worker5!, fixture, 'worker5', 0)).statusCode).toBe(200);
  });

  it('extends by whole minutes within limits and refuses 0, negative and absurd values', async () => {
    const { fixture } = await runningExam(['worker6']);
    const id = fixture.sessions.worker6!;
    const [before] = await t.database.db.select().from(examSessions).where(eq(examSessions.id, id));
    for (const minutes of [0, -5, 1000, 2.5]) expect((await hc.post(`/api/sessions/${id}/extend`, { minutes })).statusCode).toBe(400);
    const res = (await hc.post(`/api/sessions/${id}/extend`, { minutes: 10, reason: 'Kendala jaringan' })).json();
    expect(new Date(res.deadline).getTime() - before!.deadline!.getTime()).toBe(10 * 60_000);
  });

  it('resets a session into a fresh attempt, keeping the old one as history', async () => {
    const { fixture, clients } = await runningExam(['worker7']);
    const id = fixture.sessions.worker7!;
    await save(clients.worker7!, fixture, 'worker7', 2);
    const fresh = (await hc.post(`/api/sessions/${id}/reset`, { reason: 'Perangkat rusak' })).json();
    expect(fresh).toMatchObject({ status: 'not_started' });
    expect(fresh.sessionId).not.toBe(id);
    const [old] = await t.database.db.select().from(examSessions).where(eq(examSessions.id, id));
    expect(old).toMatchObject({ status: 'closed', replacedBy: fresh.sessionId });
    expect((await clients.worker7!.get(`/api/sessions/${id}`)).statusCode).toBe(404);
    const restarted = (await clients.worker7!.post(`/api/sessions/${fresh.sessionId}/start`)).json();
    expect(restarted).toMatchObject({ status: 'in_progress', answers: {} });
  });

  it('force-submits, and closes a whole assessment so nobody can start', async () => {
    const { fixture } = await runningExam(['worker8', 'worker9']);
    const forced = (await hc.post(`/api/sessions/${fixture.sessions.worker8}/force-submit`, {})).json();
    expect(forced.status).toBe('submitted');
    const late = await createExamFixture(t.database.db, { workers: ['worker10'] });
    expect((await hc.post(`/api/assessments/${late.assessmentId}/close`, { reason: 'Selesai' })).json()).toEqual({ closed: 1 });
    const start = await (await t.loginAs('worker10')).post(`/api/sessions/${late.sessions.worker10}/start`);
    expect(start.json().error).toBe('exam_closed');
    expect((await hc.post(`/api/assessments/${late.assessmentId}/close`, {})).statusCode).toBe(409);
    expect((await hc.post(`/api/assessments/${fixture.assessmentId}/close`, {})).json()).toEqual({ closed: 1 });
  });
});
