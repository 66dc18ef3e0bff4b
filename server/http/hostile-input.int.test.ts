import { connect } from 'node:net';
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExamFixture } from '../test/exam-fixtures.js';
import { assessmentBody, countRows, createAssessment } from '../test/factories.js';
import { createTestServer, type TestClient, type TestServer } from '../test/test-server.js';

let t: TestServer;
let admin: TestClient;
let hc: TestClient;
const logLines: string[] = [];

beforeAll(async () => {
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  t = await createTestServer({ logStream });
  admin = await t.loginAs('admin');
  hc = await t.loginAs('hc');
});
afterAll(() => t.close());

/** The contract's error shape with a 4xx status. */
function expectClientError(res: { statusCode: number; body: string; json(): unknown }, status?: number) {
  const why = `${res.statusCode} ${res.body.slice(0, 300)}`;
  if (status) expect(res.statusCode, why).toBe(status);
  expect(res.statusCode, why).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, why).toBeLessThan(500);
  const body = res.json() as Record<string, unknown>;
  expect(body, why).toMatchObject({ error: expect.any(String), message: expect.any(String) });
  expect(body, why).not.toHaveProperty('statusCode');
}

describe('NUL and control characters', () => {
  it('are refused in a text field with 400 and nothing written', async () => {
    const before = await countRows(t.database, 'assessments');
    for (const title of ['K3\u0000Dasar', 'K3\u0007Dasar', 'Baris\nbaru', '\ud800 lone surrogate']) {
      const res = await hc.post('/api/assessments', assessmentBody({ title }));
      expectClientError(res, 400);
      expect(res.json().issues).toEqual([{ path: 'title', message: expect.any(String) }]);
    }
    expect(await countRows(t.database, 'assessments')).toBe(before);
  });

  it('are refused in every kind of text field', async () => {
    const { id } = await createAssessment(hc);
    const cases: [TestClient, string, string, unknown][] = [
      [hc, 'POST', '/api/competencies', { code: 'K3-01', name: 'K3\u0000' }],
      [hc, 'POST', '/api/assessments', assessmentBody({ description: 'a\u0000b' })],
      [hc, 'POST', `/api/assessments/${id}/packages`, { name: 'A\u0000' }],
      [hc, 'POST', `/api/assessments/${id}/assignments`, { unit: 'Produksi\u0000' }],
      [hc, 'POST', `/api/assessments/${id}/assignments`, { userIds: ['x\u0000'] }],
      [admin, 'POST', '/api/users', { username: 'nul.user', password: 'rahasia123', name: 'Budi\u0000', role: 'coachee' }],
      [admin, 'POST', '/api/users', { username: 'nul.user', password: 'rahasia123', name: 'Budi', role: 'coachee', unit: 'Produksi\u001b' }],
      [admin, 'POST', '/api/users', { username: 'nul.user', password: 'rahasia\u0000123', name: 'Budi', role: 'coachee' }],
    ];
    for (const [client, method, url, payload] of cases) {
      expectClientError(await client.request({ method: method as 'POST', url, payload: payload as object }), 400);
    }
  });

  it('keep line breaks and tabs in multi-line text (descriptions, questions)', async () => {
    const res = await hc.post('/api/assessments', assessmentBody({ description: 'Baris satu\r\n\tBaris dua' }));
    expect(res.statusCode, res.body).toBe(201);
  });

  it('are refused in a path id and in a query string', async () => {
    expectClientError(await hc.get('/api/assessments/abc%00def'), 400);
    expectClientError(await hc.get('/api/assessments/%00'), 400);
    expectClientError(await admin.get('/api/users?q=Budi%00'), 400);
    expectClientError(await hc.get('/api/coachees?unit=%01'), 400);
  });

  it('in a login name give the contract shape, never a 500', async () => {
    const anonymous = await t.anonymous();
    for (const username of ['admin\u0000', '\u0000', 'ad\u0000min']) {
      const res = await anonymous.post('/api/auth/login', { username, password: 'demo1234' });
      expectClientError(res);
      expect([400, 401]).toContain(res.statusCode);
    }
  });
});

describe('dates outside the range a schedule can use', () => {
  it('are refused with 400 on create and update', async () => {
    for (const opensAt of ['0000-01-01T00:00:00Z', '1999-12-31T23:59:59Z', '+275760-09-13T00:00:00Z', '9999-01-01T00:00:00Z']) {
      const res = await hc.post('/api/assessments', assessmentBody({ opensAt }));
      expectClientError(res, 400);
    }
    const { id } = await createAssessment(hc);
    expectClientError(await hc.patch(`/api/assessments/${id}`, { closesAt: '0000-01-01T00:00:00Z' }), 400);
  });

  it('a worker clock far off is not a reason to lose an answer: an absurd clientTime is dropped', async () => {
    const fixture = await createExamFixture(t.database.db, { workers: ['worker2'], questionCount: 2 });
    const worker = await t.loginAs('worker2');
    const sessionId = fixture.sessions.worker2!;
    expect((await worker.post(`/api/sessions/${sessionId}/start`)).statusCode).toBe(200);
    const [q] = fixture.questions;
    for (const [seq, clientTime] of [[1, '0000-01-01T00:00:00Z'], [2, '9999-12-31T23:59:59Z']] as const) {
      const res = await worker.put(`/api/sessions/${sessionId}/answers/${q!.id}`, { optionId: q!.options[1], seq, clientTime });
      expect(res.statusCode, res.body).toBe(200);
    }
    expectClientError(await worker.put(`/api/sessions/${sessionId}/answers/${q!.id}`, { optionId: q!.options[1], seq: 3, clientTime: 'yesterday' }), 400);
    const timeline = (await hc.get(`/api/sessions/${sessionId}/timeline`)).json().events as { seq: number; clientTime: string | null }[];
    expect(timeline.map((e) => [e.seq, e.clientTime])).toEqual([[1, null], [2, null]]);
  });
});

describe('framework errors', () => {
  it('leave in the contract shape', async () => {
    expectClientError(await hc.get('/api/sessions/%C0%AF'), 400);
    expectClientError(await hc.get('/api/assessments/%E0%A4%A'), 400);
    expectClientError(await hc.request({ method: 'POST', url: '/api/competencies', payload: '<code/>', headers: { 'content-type': 'application/xml' } }), 415);
    expectClientError(await hc.request({ method: 'POST', url: '/api/competencies', payload: '{"code":', headers: { 'content-type': 'application/json' } }), 400);
    expectClientError(await hc.request({ method: 'POST', url: '/api/competencies', payload: `{"code":"${'x'.repeat(2 * 1024 * 1024)}"}`, headers: { 'content-type': 'application/json' } }), 413);
    expectClientError(await hc.get('/api/no-such-thing'), 404);
    expectClientError(await hc.request({ method: 'PROPFIND' as 'GET', url: '/api/assessments' }));
    expectClientError(await hc.get(`/api/assessments/${'x'.repeat(600)}`));
  });

  it('for a broken multipart upload are 4xx in the contract shape', async () => {
    const { id } = await createAssessment(hc);
    const boundary = '----broken';
    const cut = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="q.xlsx"\r\n\r\nPK\u0003\u0004`;
    const res = await hc.request({ method: 'POST', url: `/api/assessments/${id}/packages/import`, payload: cut, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expectClientError(res);
    const noBoundary = await hc.request({ method: 'POST', url: `/api/assessments/${id}/packages/import`, payload: 'x', headers: { 'content-type': 'multipart/form-data' } });
    expectClientError(noBoundary);
  });

  /** Sends `head` over a real socket (the app listening on a free port) and reads the whole answer. */
  let port: number | undefined;
  async function rawExchange(head: string): Promise<{ statusLine: string; body: unknown }> {
    port ??= Number(new URL(await t.app.listen({ port: 0, host: '127.0.0.1' })).port);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port!, '127.0.0.1', () => socket.write(head));
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    return { statusLine: answer.slice(0, answer.indexOf('\r\n')), body: JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) };
  }

  it('for malformed HTTP (before Fastify has a request) are in the contract shape', async () => {
    const answer = await rawExchange('GET /api/auth/csrf HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expect(answer.statusLine).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer.body).toEqual({ error: 'bad_request', message: 'Permintaan bukan HTTP yang valid.' });
  });

  it('before Fastify has a request still answer in the Accept-Language the rejected bytes carry', async () => {
    const oversized = (language: string) => `GET /api/auth/csrf HTTP/1.1\r\nHost: x\r\n${language}X-Filler: ${'a'.repeat(20_000)}\r\n\r\n`;
    expect(await rawExchange(oversized('Accept-Language: en-US,en;q=0.9\r\n'))).toEqual({
      statusLine: 'HTTP/1.1 431 Request Header Fields Too Large',
      body: { error: 'too_large', message: 'The request headers are too large.' },
    });
    expect((await rawExchange(oversized(''))).body).toEqual({ error: 'too_large', message: 'Header permintaan terlalu besar.' });
    expect((await rawExchange('GET / HTTP/1.1\r\nAccept-Language: en\r\nBad Header\r\n\r\n')).body).toEqual({ error: 'bad_request', message: 'The request is not valid HTTP.' });
  });
});

describe('a 500 in the log', () => {
  it('names the error class, route and request id but never the query parameters', async () => {
    const failing = await admin.post('/api/users', { username: 'log.probe', password: 'rahasia123', name: 'Log Probe', role: 'coachee' });
    expect(failing.statusCode).toBe(201);
    logLines.length = 0;
    // Make the next insert into users fail inside PostgreSQL with the hash among its parameters.
    await t.database.db.execute(sql.raw(`alter table users add constraint log_probe_no_new_user check (username <> 'log.probe2') not valid`));
    try {
      const res = await admin.post('/api/users', { username: 'log.probe2', password: 'rahasia123', name: 'Log Probe 2', role: 'coachee' });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toMatchObject({ error: 'internal', message: expect.any(String) });
      const requestId = res.headers['x-request-id'];
      const errorLines = logLines.filter((l) => l.includes('"level":50'));
      expect(errorLines.length).toBe(1);
      const line = JSON.parse(errorLines[0]!) as Record<string, unknown>;
      expect(line).toMatchObject({ reqId: requestId, route: 'POST /api/users' });
      expect(JSON.stringify(line)).toMatch(/DatabaseError|DrizzleQueryError/);
      const all = logLines.join('\n');
      expect(all).not.toContain('$argon2');
      expect(all).not.toContain('log.probe2');
      expect(all).not.toContain('Log Probe 2');
    } finally {
      await t.database.db.execute(sql.raw('alter table users drop constraint log_probe_no_new_user'));
    }
  });
});
