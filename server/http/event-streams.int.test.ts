import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import { authSessions } from '../db/schema.js';
import { updateUser } from '../domain/users/users-service.js';
import { createExamFixture } from '../test/exam-fixtures.js';
import { createUserVia, userIdOf } from '../test/factories.js';
import { cookieHeader, openSse } from '../test/sse-client.js';
import { TEST_DB } from '../test/test-database.js';
import { createTestServer, type TestClient, type TestServer } from '../test/test-server.js';

/** Event streams: capped, kept alive, and ended with their login session (issue 9, finding 3). */
let t: TestServer;
let base: string;
let admin: TestClient;
let monitorUrl: string;
beforeAll(async () => {
  t = await createTestServer({ env: { STREAMS_PER_LOGIN_SESSION: '2', STREAMS_PER_USER: '3', STREAMS_MAX_TOTAL: '4', STREAM_KEEPALIVE_SECONDS: '1' } });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  admin = await t.loginAs('admin');
  const fixture = await createExamFixture(t.database.db, { workers: [] });
  monitorUrl = `${base}/api/assessments/${fixture.assessmentId}/monitor/events`;
});
afterAll(() => t.close());

/** A new HC user and one login session of theirs. */
async function hcLogin() {
  const user = await createUserVia(admin, 'hc');
  return { user, client: await t.loginAs(user.username, user.password) };
}

const watch = (client: TestClient) => openSse(monitorUrl, cookieHeader(client.cookies));

/** True when the server ends `stream` within `ms`. */
const endsWithin = (stream: { ended: Promise<void> }, ms: number) =>
  Promise.race([stream.ended.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

/** Waits until this instance has forgotten closed streams (a client's abort reaches it asynchronously). */
async function settled() {
  await new Promise((r) => setTimeout(r, 100));
}

describe('stream caps', () => {
  it('refuses a stream beyond the per-login-session and the per-instance cap with 429 too_many_streams, before it opens', async () => {
    const first = await hcLogin();
    const second = await t.loginAs(first.user.username, first.user.password);
    const open = [await watch(first.client), await watch(first.client)];

    const refused = await fetch(monitorUrl, { headers: cookieHeader(first.client.cookies) });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/application\/json/);
    expect(await refused.json()).toMatchObject({ error: 'too_many_streams', message: expect.any(String) });

    // Another login session of the same person has its own allowance, up to the per-user cap (3):
    // logging in again and again buys no more.
    open.push(await watch(second));
    const third = await t.loginAs(first.user.username, first.user.password);
    const perUser = await fetch(monitorUrl, { headers: cookieHeader(third.cookies) });
    expect(perUser.status).toBe(429);
    expect(((await perUser.json()) as { error: string }).error).toBe('too_many_streams');

    // Up to the instance total (4).
    const other = await hcLogin();
    open.push(await watch(other.client));
    const full = await fetch(monitorUrl, { headers: cookieHeader(other.client.cookies) });
    expect(full.status).toBe(429);
    expect(((await full.json()) as { error: string }).error).toBe('too_many_streams');

    // A closed stream frees its place.
    open.shift()!.close();
    await settled();
    open.push(await watch(first.client));
    for (const stream of open) stream.close();
    await settled();
  });
});

describe('keep-alive', () => {
  it('sends a comment line on every tick, so proxies keep an idle stream open', async () => {
    const { client } = await hcLogin();
    const stream = await watch(client);
    await new Promise((r) => setTimeout(r, 2_500));
    stream.close();
    expect(stream.comments.filter((c) => c === ': keepalive').length).toBeGreaterThanOrEqual(1);
    await settled();
  });
});

describe('streams end with their login session', () => {
  it('ends at logout, and only the streams of that login session', async () => {
    const { user, client } = await hcLogin();
    const otherDevice = await t.loginAs(user.username, user.password);
    const loggingOut = await watch(client);
    const staying = await watch(otherDevice);
    await loggingOut.next((e) => e.event === 'snapshot');
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect(await endsWithin(loggingOut, 2_000)).toBe(true);
    expect(await endsWithin(staying, 300)).toBe(false);
    staying.close();
    await settled();
  });

  it('ends every stream of a user who is deactivated: a deactivated HC gets no more monitor rows', async () => {
    const { user, client } = await hcLogin();
    const stream = await watch(client);
    const colleague = await hcLogin();
    const bystander = await watch(colleague.client);
    expect((await admin.patch(`/api/users/${user.id}`, { active: false })).statusCode).toBe(200);
    expect(await endsWithin(stream, 2_000)).toBe(true);
    expect(await endsWithin(bystander, 300)).toBe(false);
    bystander.close();
    await settled();
  });

  it('ends the streams opened under the old role when the role changes', async () => {
    const { user, client } = await hcLogin();
    const stream = await watch(client);
    expect((await admin.patch(`/api/users/${user.id}`, { role: 'coach' })).statusCode).toBe(200);
    expect(await endsWithin(stream, 2_000)).toBe(true);
    // Reconnecting is judged under the new role.
    expect((await fetch(monitorUrl, { headers: cookieHeader(client.cookies) })).status).toBe(403);
  });

  it('ends a stream whose login session expired or went idle, on the next keep-alive tick', async () => {
    const expired = await hcLogin();
    const idle = await hcLogin();
    const expiring = await watch(expired.client);
    const idling = await watch(idle.client);
    await t.database.db.update(authSessions).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(authSessions.userId, expired.user.id));
    await t.database.db.update(authSessions).set({ lastSeenAt: sql`now() - interval '1 day'` }).where(eq(authSessions.userId, idle.user.id));
    expect(await endsWithin(expiring, 3_000)).toBe(true);
    expect(await endsWithin(idling, 3_000)).toBe(true);
  });

  it.runIf(TEST_DB === 'postgres')('ends a stream when another instance deactivates its user', async () => {
    const { user, client } = await hcLogin();
    const stream = await watch(client);
    const otherInstance = await openDatabase({ kind: 'postgres', url: t.database.url! });
    try {
      await updateUser(otherInstance.db, await userIdOf(t.database, 'admin'), user.id, { active: false });
      expect(await endsWithin(stream, 2_000)).toBe(true);
    } finally {
      await otherInstance.close();
    }
  });
});
