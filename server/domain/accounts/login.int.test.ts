import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loginThrottle } from '../../db/schema.js';
import { createUserVia } from '../../test/factories.js';
import { createTestServer, type TestClient, type TestServer } from '../../test/test-server.js';
import { passwordQueue, verifyPassword } from './passwords.js';

// Counts the password checks that really ran.
vi.mock('./passwords.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./passwords.js')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const verifications = vi.mocked(verifyPassword);

const MAX_FAILURES = 5;
let t: TestServer;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestServer({ env: { LOGIN_MAX_FAILURES: String(MAX_FAILURES) } });
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());
beforeEach(() => {
  verifications.mockClear();
});

async function attempt(username: string, password: string) {
  const client = await t.anonymous();
  return client.post('/api/auth/login', { username, password });
}

const ipFailures = async () => (await t.database.db.select().from(loginThrottle).where(eq(loginThrottle.key, 'ip:127.0.0.1')))[0]?.failures ?? 0;

describe('login throttle (issue 9, finding 4)', () => {
  it('lets no parallelism past it: of 200 parallel wrong logins at most the limit is checked, and the right password is refused after', async () => {
    const user = await createUserVia(admin);
    const statuses = (await Promise.all(Array.from({ length: 200 }, () => attempt(user.username, 'wrong-password')))).map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_FAILURES);
    expect(statuses.filter((s) => s === 429)).toHaveLength(200 - MAX_FAILURES);
    const right = await attempt(user.username, user.password);
    expect(right.statusCode).toBe(429);
    expect(right.json().error).toBe('rate_limited');
    expect(verifications.mock.calls.length).toBeLessThanOrEqual(MAX_FAILURES);
  });

  it('forgets the failures of a username at a successful login, and a success or a refusal costs the IP nothing', async () => {
    const user = await createUserVia(admin);
    const ipBefore = await ipFailures();
    for (let i = 0; i < MAX_FAILURES - 1; i++) expect((await attempt(user.username, 'wrong-password')).statusCode).toBe(401);
    expect((await attempt(user.username, user.password)).statusCode).toBe(200);
    expect(await ipFailures()).toBe(ipBefore + MAX_FAILURES - 1);
    for (let i = 0; i < MAX_FAILURES; i++) expect((await attempt(user.username, 'wrong-password')).statusCode).toBe(401);
    expect((await attempt(user.username, 'wrong-password')).statusCode).toBe(429);
    expect(await ipFailures()).toBe(ipBefore + 2 * MAX_FAILURES - 1);
  });

  it('never refuses an exam room logging in at once behind one address for logins still in flight', async () => {
    const ipAllowance = MAX_FAILURES * 10;
    const room = [];
    for (let i = 0; i < ipAllowance + 10; i++) room.push(await createUserVia(admin));
    const statuses = (await Promise.all(room.map((u) => attempt(u.username, u.password)))).map((r) => r.statusCode);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });

  it('answers 503 busy when too many logins wait for a password check, without counting them as failures', async () => {
    const user = await createUserVia(admin);
    const configured = passwordQueue.limits;
    passwordQueue.configure({ concurrency: 1, maxWaitingLogins: 1 });
    try {
      const answers = await Promise.all(Array.from({ length: 10 }, () => attempt(user.username, 'wrong-password')));
      const busy = answers.filter((r) => r.statusCode === 503);
      expect(busy.length).toBeGreaterThan(0);
      expect(busy[0]!.json()).toEqual({ error: 'busy', message: expect.any(String) });
      const [counter] = await t.database.db.select().from(loginThrottle).where(eq(loginThrottle.key, `u:${user.username}`));
      expect(counter!.failures).toBe(answers.filter((r) => r.statusCode === 401).length);
    } finally {
      passwordQueue.configure(configured);
    }
  });
});
