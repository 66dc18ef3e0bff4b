import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserVia } from '../test/factories.js';
import { createTestServer, TestClient, type TestServer } from '../test/test-server.js';

/** The general /api rate limit (issue 9, finding 5): default anonymous allowance, user limit 8 a minute. */
let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ env: { RATE_LIMIT_USER_PER_MINUTE: '8' } });
});
afterAll(() => t.close());

const from = (remoteAddress: string) => ({ remoteAddress });

/** A browser at `ip` that logged in as `username`. */
async function loginFrom(ip: string, username: string, password: string) {
  const client = new TestClient(t.app);
  client.csrfToken = (await client.get('/api/auth/csrf', from(ip))).json().csrfToken;
  const res = await client.post('/api/auth/login', { username, password }, from(ip));
  expect(res.statusCode).toBe(200);
  client.csrfToken = res.json().csrfToken;
  return client;
}

describe('general rate limit', () => {
  it('lets an exam room of 2,000 workers behind one address open the login page; beyond its allowance only /api is limited', async () => {
    const office = from('10.0.0.1');
    const anonymous = new TestClient(t.app);
    // Each worker: me (401), csrf, login and one retry; GETs stand in for the logins (no hashing).
    const statuses: number[] = [];
    for (let batch = 0; batch < 20; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 100 }, () => ['/api/auth/me', '/api/auth/csrf', '/api/auth/csrf', '/api/auth/csrf'].map((url) => anonymous.get(url, office))).flat(),
      );
      statuses.push(...answers.map((r) => r.statusCode));
    }
    expect(statuses).toHaveLength(8_000);
    expect(statuses.filter((s) => s === 429)).toHaveLength(0);

    // Use up the rest of the address's allowance.
    let limited;
    for (let i = 0; i < 2_100 && !limited; i++) {
      const res = await anonymous.get('/api/auth/csrf', office);
      if (res.statusCode === 429) limited = res;
    }
    expect(limited?.json().error).toBe('rate_limited');

    // Static files and the app shell are never limited: no blank page.
    for (const url of ['/', '/login', '/exam/abc', '/favicon.ico', '/assets/index.js']) {
      expect((await anonymous.get(url, office)).statusCode, url).not.toBe(429);
    }
    // A made-up or forged session cookie is not a fresh allowance: it counts against the address.
    for (const cookie of ['ujian_session=random-value', 'ujian_session=s%3Aforged.c2lnbmF0dXJl']) {
      expect((await anonymous.get('/api/auth/csrf', { ...office, headers: { cookie } })).statusCode).toBe(429);
    }
  });

  it('counts signed-in requests per verified user: devices of one user share, users behind one address do not', async () => {
    const admin = await loginFrom('10.0.0.2', 'admin', 'demo1234');
    const [alice, bob] = [await createUserVia(admin), await createUserVia(admin)];
    const aliceLaptop = await loginFrom('10.0.0.3', alice.username, alice.password);
    const alicePhone = await loginFrom('10.0.0.4', alice.username, alice.password);
    const bobLaptop = await loginFrom('10.0.0.3', bob.username, bob.password);

    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await aliceLaptop.get('/api/auth/me', from('10.0.0.3'))).statusCode);
    expect(statuses.slice(0, 8).every((s) => s === 200)).toBe(true);
    expect(statuses[8]).toBe(429);
    expect((await alicePhone.get('/api/auth/me', from('10.0.0.4'))).statusCode).toBe(429);
    expect((await bobLaptop.get('/api/auth/me', from('10.0.0.3'))).statusCode).toBe(200);
  });
});
