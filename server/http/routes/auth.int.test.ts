import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestServer, type TestServer } from '../../test/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ env: { LOGIN_MAX_FAILURES: '3' } });
});
afterAll(() => t.close());

const countRows = async (table: string) =>
  Number(((await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);

describe('login', () => {
  it('logs in, reports me, and logs out', async () => {
    const c = await t.loginAs('hc');
    const me = await c.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toEqual({ id: expect.any(String), name: 'Rina Marlina', role: 'hc', language: null });
    expect(me.json().csrfToken).toEqual(expect.any(String));
    const cookie = (await t.anonymous()).cookies;
    expect(cookie.size).toBeGreaterThan(0);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('sets an HttpOnly SameSite=Lax session cookie and a new session id at every login', async () => {
    const c = await t.anonymous();
    const first = await c.post('/api/auth/login', { username: 'coach', password: 'demo1234' });
    const cookie = first.cookies.find((k) => k.name === 'ujian_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const oldJar = new Map(c.cookies);
    c.csrfToken = first.json().csrfToken;
    const second = await c.post('/api/auth/login', { username: 'coach', password: 'demo1234' });
    expect(second.cookies.find((k) => k.name === 'ujian_session')!.value).not.toBe(cookie.value);
    // The session this browser held before the second login is over.
    const stale = await t.anonymous();
    stale.cookies = oldJar;
    expect((await stale.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('gives one generic 401 for an unknown user and a wrong password', async () => {
    const c = await t.anonymous();
    const unknown = await c.post('/api/auth/login', { username: 'nobody', password: 'whatever1' });
    const wrong = await c.post('/api/auth/login', { username: 'worker2', password: 'wrong-password' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json()).toEqual({ error: 'unauthenticated', message: 'Wrong username or password.' });
  });

  it('throttles repeated failures per username with 429 and writes nothing while throttled', async () => {
    const c = await t.anonymous();
    for (let i = 0; i < 3; i++) await c.post('/api/auth/login', { username: 'worker3', password: 'bad-password' });
    const sessionsBefore = await countRows('auth_sessions');
    const blocked = await c.post('/api/auth/login', { username: 'WORKER3', password: 'demo1234' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error).toBe('rate_limited');
    expect(await countRows('auth_sessions')).toBe(sessionsBefore);
  });

  it('refuses malformed bodies with 400 validation and per-field issues', async () => {
    const c = await t.anonymous();
    const missing = await c.post('/api/auth/login', { username: 'admin' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ error: 'validation', issues: [{ path: 'password' }] });
    const wrongType = await c.post('/api/auth/login', { username: 5, password: 'x' });
    expect(wrongType.json().issues[0].path).toBe('username');
    const extra = await c.post('/api/auth/login', { username: 'admin', password: 'demo1234', admin: true });
    expect(extra.statusCode).toBe(400);
    const broken = await c.request({ method: 'POST', url: '/api/auth/login', payload: '{"username":', headers: { 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toBe('validation');
  });

  it('ends every session of a user the moment an admin deactivates them', async () => {
    const worker = await t.loginAs('worker4');
    const admin = await t.loginAs('admin');
    const { users } = (await admin.get('/api/users?q=worker4')).json();
    const res = await admin.patch(`/api/users/${users[0].id}`, { active: false });
    expect(res.statusCode).toBe(200);
    expect((await worker.get('/api/auth/me')).statusCode).toBe(401);
    const again = await t.anonymous();
    expect((await again.post('/api/auth/login', { username: 'worker4', password: 'demo1234' })).statusCode).toBe(401);
  });
});

describe('csrf', () => {
  it('refuses a state change without the token, or with a wrong one, with 403 csrf', async () => {
    const c = await t.anonymous();
    const none = await c.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'demo1234' }, withoutCsrf: true });
    expect(none.statusCode).toBe(403);
    expect(none.json().error).toBe('csrf');
    const wrong = await c.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'demo1234' },
      headers: { 'x-csrf-token': 'forged' },
      withoutCsrf: true,
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('starts a new CSRF secret at login and forgets it at logout, so earlier tokens stop working', async () => {
    const c = await t.anonymous();
    const beforeLogin = c.csrfToken;
    const login = await c.post('/api/auth/login', { username: 'coach', password: 'demo1234' });
    expect(login.cookies.map((k) => k.name)).toContain('ujian_csrf');
    const afterLogin = login.json().csrfToken;
    expect(afterLogin).not.toBe(beforeLogin);

    const stale = await c.request({ method: 'POST', url: '/api/auth/logout', headers: { 'x-csrf-token': beforeLogin }, withoutCsrf: true });
    expect(stale.statusCode).toBe(403);
    expect(stale.json().error).toBe('csrf');
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);

    c.csrfToken = afterLogin;
    expect((await c.post('/api/auth/logout')).statusCode).toBe(204);
    const afterLogout = await c.post('/api/auth/login', { username: 'coach', password: 'demo1234' });
    expect(afterLogout.statusCode).toBe(403);
    expect(afterLogout.json().error).toBe('csrf');
  });
});
