import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateUser } from '../../domain/users/users-service.js';
import { countRows } from '../../test/factories.js';
import { createTestServer, type TestClient, type TestServer } from '../../test/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

/** A new active admin, created by `by`, and a client logged in as them. */
async function newAdmin(by: TestClient, username: string): Promise<{ id: string; client: TestClient }> {
  const res = await by.post('/api/users', { username, password: 'admin-pass-1', name: `Admin ${username}`, role: 'admin' });
  expect(res.statusCode).toBe(201);
  return { id: res.json().user.id, client: await t.loginAs(username, 'admin-pass-1') };
}

describe('the last active admin', () => {
  it('cannot be demoted or deactivated, not even by two admins demoting each other at once', async () => {
    const seed = await t.loginAs('admin');
    const a = await newAdmin(seed, 'admin.ayu');
    const b = await newAdmin(seed, 'admin.bima');
    const seedId = (await a.client.get('/api/users?q=admin&role=admin')).json().users.find((u: { username: string }) => u.username === 'admin').id;
    expect((await a.client.patch(`/api/users/${seedId}`, { active: false })).statusCode).toBe(200);

    // Two admins left, each demoting the other at the same moment (straight to the service, so
    // both are past the role check): B's demotion of A starts while A's of B is not yet committed.
    let second: Promise<unknown> = Promise.resolve();
    await t.database.db.transaction(async (tx) => {
      await updateUser(tx, a.id, b.id, { role: 'hc' });
      second = updateUser(t.database.db, b.id, a.id, { role: 'hc' }).then(() => 'demoted', (err: unknown) => err);
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(await second).toMatchObject({ status: 409, code: 'last_admin', message: expect.stringMatching(/last active admin/) });

    const survivor = a;
    const auditRows = await countRows(t.database, 'audit_log');
    for (const change of [{ active: false }, { role: 'coachee' }, { role: 'hc', name: 'Still here' }]) {
      const res = await survivor.client.patch(`/api/users/${survivor.id}`, change);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toEqual({ error: 'last_admin', message: expect.any(String) });
    }
    // Nothing changed: still an active admin with the old name, nothing audited, still signed in.
    const me = (await survivor.client.get(`/api/users?role=admin&active=true`)).json().users;
    expect(me).toEqual([expect.objectContaining({ id: survivor.id, name: expect.stringMatching(/^Admin /), role: 'admin', active: true })]);
    expect(await countRows(t.database, 'audit_log')).toBe(auditRows);
    expect((await survivor.client.get('/api/auth/me')).statusCode).toBe(200);

    // Other edits of the last admin are fine, and once another admin exists it may step down.
    expect((await survivor.client.patch(`/api/users/${survivor.id}`, { unit: 'IT' })).statusCode).toBe(200);
    expect((await survivor.client.patch(`/api/users/${seedId}`, { active: true })).statusCode).toBe(200);
    expect((await survivor.client.patch(`/api/users/${survivor.id}`, { role: 'hc' })).statusCode).toBe(200);
  });
});
