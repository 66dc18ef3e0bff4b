import { PassThrough } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startServer, type Server } from '../start.js';
import { createExamFixture, expireSession, type ExamFixture } from '../test/exam-fixtures.js';
import { cookieHeader, openSse } from '../test/sse-client.js';
import { startTempPostgres, type TempPostgres } from '../test/temp-postgres.js';
import { TEST_DB } from '../test/test-database.js';
import { TestClient } from '../test/test-server.js';
import { LISTENER_APPLICATION_NAME } from './database.js';
import { isDatabaseUnavailable } from './errors.js';
import { examSessions, sessionAnswers } from './schema.js';

/**
 * The app on a PostgreSQL cluster of its own that the tests kill, stop and freeze underneath it:
 * the process survives, requests get 503 `unavailable` instead of 500s or hanging, and everything
 * (pool, LISTEN, monitor rooms, worker streams, sweeper) comes back by itself. Runs once, in the
 * postgres project (the cluster is the test's own, whatever TEST_DB says).
 */
describe.runIf(TEST_DB === 'postgres')('database faults', () => {
  let temp: TempPostgres;
  let server: Server;
  let base: string;
  let fixture: ExamFixture;
  let hc: TestClient;
  let worker: TestClient;
  let sessionId: string;
  let logs = '';

  const login = async (username: string, password = 'demo1234') => {
    const client = new TestClient(server.app);
    await client.refreshCsrf();
    const res = await client.post('/api/auth/login', { username, password });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    client.csrfToken = res.json().csrfToken;
    return client;
  };
  const save = (questionIndex: number, seq: number) => {
    const q = fixture.questions[questionIndex]!;
    return worker.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.correct, seq });
  };
  /** Polls `probe` until it returns true; resolves to the milliseconds it took. */
  const waitUntil = async (probe: () => Promise<boolean>, timeoutMs = 20_000) => {
    const started = Date.now();
    while (!(await probe().catch(() => false))) {
      if (Date.now() - started > timeoutMs) throw new Error(`not recovered within ${timeoutMs} ms; logs:\n${logs.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return Date.now() - started;
  };
  const nextResync = () => new Promise<void>((resolve) => { const off = server.events.onResync(() => (off(), resolve())); });

  type Row = { sessionId: string; answeredCount: number };
  /** A room push (rows, or the snapshot of a resync) showing the session with `n` answers. */
  const showsAnswered = (n: number) => (e: { event: string; data: unknown }) => {
    const rows = e.event === 'rows' ? (e.data as { rows: Row[] }).rows : e.event === 'snapshot' ? (e.data as { sessions: Row[] }).sessions : [];
    return rows.some((r) => r.sessionId === sessionId && r.answeredCount === n);
  };

  beforeAll(async () => {
    temp = await startTempPostgres();
    const logStream = new PassThrough();
    logStream.on('data', (chunk) => (logs += chunk));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: temp.url,
      SESSION_SECRET: 'faults-secret-faults-secret-faults-secret',
      LOG_LEVEL: 'warn',
      SWEEP_INTERVAL_MS: '300',
      DB_STATEMENT_TIMEOUT_MS: '1500',
      DB_LOCK_TIMEOUT_MS: '1000',
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '3000',
      DB_CONNECT_TIMEOUT_MS: '1000',
    });
    server = await startServer(config, { logStream, demo: true });
    base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const admin = await login('admin');
    const created = await admin.post('/api/users', { username: 'fault.worker', password: 'rahasia123', name: 'Fault Worker', role: 'coachee' });
    expect(created.statusCode).toBe(201);
    fixture = await createExamFixture(server.database.db, { workers: ['fault.worker'], questionCount: 10 });
    sessionId = fixture.sessions['fault.worker']!;
    hc = await login('hc');
    worker = await login('fault.worker', 'rahasia123');
    expect((await worker.post(`/api/sessions/${sessionId}/start`)).statusCode).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await temp?.destroy();
  });

  it('survives the LISTEN backend being terminated, listens again and resyncs rooms and worker streams', async () => {
    const room = await openSse(`${base}/api/assessments/${fixture.assessmentId}/monitor/events`, cookieHeader(hc.cookies));
    const exam = await openSse(`${base}/api/sessions/${sessionId}/events`, cookieHeader(worker.cookies));
    await room.next((e) => e.event === 'snapshot');
    await exam.next((e) => e.event === 'status');

    // Changes whose notifications never reach this instance (as if sent while it was not listening).
    await server.database.db.insert(sessionAnswers).values({ sessionId, questionId: fixture.questions[0]!.id, optionId: fixture.questions[0]!.correct, seq: 1 });
    const [moved] = await server.database.db
      .update(examSessions)
      .set({ deadline: sql`${examSessions.deadline} + interval '7 minutes'` })
      .where(eq(examSessions.id, sessionId))
      .returning({ deadline: examSessions.deadline });

    const resynced = nextResync();
    const killer = new pg.Client({ connectionString: temp.url });
    await killer.connect();
    const killed = await killer.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [LISTENER_APPLICATION_NAME]);
    await killer.end();
    expect(killed.rowCount).toBeGreaterThan(0);
    await resynced;

    await room.next((e) => e.event === 'snapshot' && showsAnswered(1)(e));
    const status = await exam.next((e) => e.event === 'status' && (e.data as { reason: string }).reason === 'resync');
    expect(new Date((status.data as { deadline: string }).deadline).getTime()).toBe(moved!.deadline!.getTime());

    // Listening again: a save and an HC action made now reach the room and the exam page.
    expect((await save(1, 1)).statusCode).toBe(200);
    await room.next((e) => e.event === 'rows' && showsAnswered(2)(e));
    expect((await hc.post(`/api/sessions/${sessionId}/extend`, { minutes: 5, reason: 'uji' })).statusCode).toBe(200);
    await exam.next((e) => e.event === 'status' && (e.data as { reason: string }).reason === 'extended');
    room.close();
    exam.close();
  });

  it('answers 503 unavailable while PostgreSQL is stopped and recovers by itself when it is back', async () => {
    const room = await openSse(`${base}/api/assessments/${fixture.assessmentId}/monitor/events`, cookieHeader(hc.cookies));
    await room.next((e) => e.event === 'snapshot');
    await temp.stop();

    // More failing requests than the pool has connections: none may leak one.
    const during = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => save(2, 10 + i)),
      ...Array.from({ length: 12 }, () => hc.post(`/api/sessions/${sessionId}/extend`, { minutes: 1, reason: 'uji' })),
      worker.get(`/api/sessions/${sessionId}`),
    ]);
    for (const res of during) {
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json()).toMatchObject({ error: 'unavailable' });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    const health = await worker.get('/healthz');
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ ok: false, db: 'down' });
    await new Promise((r) => setTimeout(r, 2_000));

    const resynced = nextResync();
    await temp.start();
    const started = Date.now();
    const healthyAfter = await waitUntil(async () => (await worker.get('/healthz')).statusCode === 200);
    await waitUntil(async () => (await save(3, 100)).statusCode === 200);
    await room.next(showsAnswered(3), 20_000);
    const savedAfter = Date.now() - started;
    await resynced;
    console.log(
      `[database-faults] after PostgreSQL restart: /healthz 200 after ${healthyAfter} ms, save shown in the room after ${savedAfter} ms, LISTEN back after ${Date.now() - started} ms`,
    );
    expect((await worker.get('/healthz')).json()).toEqual({ ok: true, db: 'postgres' });
    expect(logs).not.toMatch(/"level":50[^\n]*request failed/);
    room.close();
  });

  it('ends requests with 503 after the configured timeouts while PostgreSQL is frozen', async () => {
    // Every pooled connection open and idle: each one a transaction frozen at `begin` could leak.
    await Promise.all(Array.from({ length: 12 }, () => worker.get(`/api/sessions/${sessionId}`)));
    temp.freeze();
    try {
      const started = Date.now();
      const transactions = Promise.allSettled(Array.from({ length: 12 }, () => server.database.db.transaction((tx) => tx.execute(sql`select 1`))));
      const [health, ...saves] = await Promise.all([worker.get('/healthz'), ...Array.from({ length: 12 }, (_, i) => save(4, 1 + i))]);
      for (const failed of await transactions) {
        expect(failed.status === 'rejected' && isDatabaseUnavailable(failed.reason)).toBe(true);
      }
      console.log(`[database-faults] frozen PostgreSQL: 12 saves answered ${saves.map((r) => r.statusCode).join(',')} within ${Date.now() - started} ms`);
      for (const saved of saves) {
        expect(saved.statusCode, saved.body).toBe(503);
        expect(saved.json()).toMatchObject({ error: 'unavailable' });
      }
      expect(health.statusCode).toBe(503);
    } finally {
      temp.thaw();
    }
    await waitUntil(async () => (await save(4, 100)).statusCode === 200);
  });

  it('keeps the deadline sweeper running through the outages', async () => {
    expect(logs).toContain('deadline sweep failed');
    await expireSession(server.database.db, sessionId);
    await waitUntil(async () => {
      const [row] = await server.database.db.select({ status: examSessions.status }).from(examSessions).where(eq(examSessions.id, sessionId));
      return row?.status === 'submitted';
    });
  });
});
