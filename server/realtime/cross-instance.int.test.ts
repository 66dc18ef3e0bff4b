import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../paths.js';
import { createExamFixture, type ExamFixture } from '../test/exam-fixtures.js';
import { HttpClient } from '../test/http-client.js';
import { cookieHeader, openSse } from '../test/sse-client.js';
import { TEST_DB } from '../test/test-database.js';
import { createTestServer, type TestServer } from '../test/test-server.js';

/** Two real app processes on one PostgreSQL database behave as one. */
let t: TestServer;
let fixture: ExamFixture;
const processes: ChildProcess[] = [];
const bases: string[] = [];

async function startInstance(url: string, port: number): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url, SESSION_SECRET: 'cross-instance-secret-cross-instance-secret', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: 'ignore',
  });
  processes.push(child);
  const base = `http://127.0.0.1:${port}`;
  // Up to a minute: tsx compiles the server on start, slow on a loaded 2-core machine.
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) return base;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`instance on ${port} did not start`);
}

beforeAll(async () => {
  if (TEST_DB !== 'postgres') return;
  t = await createTestServer();
  fixture = await createExamFixture(t.database.db, { workers: ['worker1'], questionCount: 5 });
  const port = 20_000 + (process.pid % 20_000);
  bases.push(...(await Promise.all([startInstance(t.database.url!, port), startInstance(t.database.url!, port + 1)])));
}, 120_000);

afterAll(async () => {
  for (const child of processes) child.kill('SIGTERM');
  await Promise.all(processes.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
  await t?.close();
});

it.runIf(TEST_DB === 'postgres')('shows a save made on one instance on a dashboard served by another, and pushes an HC close across', async () => {
  const [a, b] = bases as [string, string];
  const hc = await new HttpClient(a).login('hc');
  const worker = await new HttpClient(b).login('worker1');
  const sessionId = fixture.sessions.worker1!;

  const dashboard = await openSse(`${a}/api/assessments/${fixture.assessmentId}/monitor/events`, cookieHeader(hc.cookies));
  await dashboard.next((e) => e.event === 'snapshot');
  expect((await worker.request('POST', `/api/sessions/${sessionId}/start`)).status).toBe(200);
  const q = fixture.questions[0]!;
  expect((await worker.request('PUT', `/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.correct, seq: 1 })).status).toBe(200);
  type Rows = { rows: { sessionId: string; answeredCount: number; status: string }[] };
  await dashboard.next((e) => e.event === 'rows' && (e.data as Rows).rows.some((r) => r.sessionId === sessionId && r.answeredCount === 1), 3_000);

  const examPage = await openSse(`${b}/api/sessions/${sessionId}/events`, cookieHeader(worker.cookies));
  const closedAt = Date.now();
  expect((await hc.request('POST', `/api/sessions/${sessionId}/close`, { reason: 'uji lintas instance' })).status).toBe(200);
  const pushed = await examPage.next((e) => e.event === 'status' && (e.data as { reason: string }).reason === 'closed', 2_000);
  expect(Date.now() - closedAt).toBeLessThan(2_000);
  expect(pushed.data).toMatchObject({ status: 'closed', reason: 'closed' });
  await dashboard.next((e) => e.event === 'rows' && (e.data as Rows).rows.some((r) => r.sessionId === sessionId && r.status === 'closed'), 3_000);
  dashboard.close();
  examPage.close();
});

/**
 * Asks `client` for /api/auth/me until it is refused (the other instance's NOTIFY arrived). Gives
 * up after about 3 s, before the cache's 5-second trust would run out by itself.
 */
async function refusedEventually(client: HttpClient) {
  for (let i = 0; i < 60; i++) {
    if ((await client.request('GET', '/api/auth/me')).status === 401) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the login session was still accepted');
}

it.runIf(TEST_DB === 'postgres')('ends a login session cached on one instance when another logs it out or deactivates its user', async () => {
  const [a, b] = bases as [string, string];
  const onB = await new HttpClient(b).login('worker2');
  expect((await onB.request('GET', '/api/auth/me')).status).toBe(200); // now in B's cache
  // The same browser logs out through instance A.
  const onA = new HttpClient(a);
  for (const [name, value] of onB.cookies) onA.cookies.set(name, value);
  (onA as unknown as { csrfToken: string }).csrfToken = (onB as unknown as { csrfToken: string }).csrfToken;
  expect((await onA.request('POST', '/api/auth/logout')).status).toBe(204);
  await refusedEventually(onB);

  const again = await new HttpClient(b).login('worker3');
  expect((await again.request('GET', '/api/auth/me')).status).toBe(200);
  const admin = await new HttpClient(a).login('admin');
  const found = (await admin.request('GET', '/api/users?q=worker3')).json as { users: { id: string }[] };
  expect((await admin.request('PATCH', `/api/users/${found.users[0]!.id}`, { active: false })).status).toBe(200);
  await refusedEventually(again);
});
