import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { startServer } from '../../start.js';
import { TEST_DB } from '../../test/test-database.js';
import { createTestServer, type TestServer } from '../../test/test-server.js';

let t: TestServer;
let logs = '';
beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk));
  t = await createTestServer({ logStream: stream });
});
afterAll(() => t.close());

it('reports health with the database kind', async () => {
  const res = await (await t.anonymous()).get('/healthz');
  expect(res.statusCode).toBe(200);
  expect(res.json()).toEqual({ ok: true, db: TEST_DB });
});

it('exposes HTTP and database timings in Prometheus text', async () => {
  const c = await t.loginAs('admin');
  await c.get('/api/users');
  const text = (await c.get('/metrics')).body;
  expect(text).toMatch(/ujian_http_request_duration_seconds_count\{method="GET",route="\/api\/users",status="200"\} 1/);
  expect(text).toMatch(/ujian_db_query_duration_seconds_count \d+/);
});

it('documents every registered /api route in the OpenAPI JSON', async () => {
  const doc = (await (await t.anonymous()).get('/api/docs/json')).json() as { paths: Record<string, Record<string, unknown>> };
  const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`));
  const registered = t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
  for (const r of registered) expect(documented).toContain(`${r.method} ${r.url}`);
});

it('tags responses with a request id and never logs passwords, cookies or CSRF tokens', async () => {
  const c = await t.loginAs('hc');
  const res = await c.get('/api/auth/me', { headers: { 'x-request-id': 'trace-abc-123' } });
  expect(res.headers['x-request-id']).toBe('trace-abc-123');
  expect(logs).toContain('trace-abc-123');
  expect(logs).not.toContain('demo1234');
  expect(logs).not.toContain(c.csrfToken);
  for (const value of c.cookies.values()) expect(logs).not.toContain(value);
});

it.runIf(TEST_DB === 'postgres')('lets several instances start on one PostgreSQL at once (migrations under an advisory lock)', async () => {
  const url = (t.database as { url?: string }).url!;
  const config = loadConfig({ DATABASE_URL: url, SESSION_SECRET: 'x'.repeat(40), NODE_ENV: 'test' });
  const servers = await Promise.all([1, 2, 3].map(async () => startServer(config, { logger: false, database: await openDatabase(config.database) })));
  for (const s of servers) expect(s.demoSeeded).toBe(false);
  await Promise.all(servers.map((s) => s.close()));
});
