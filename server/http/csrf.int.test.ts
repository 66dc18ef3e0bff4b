import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestServer, type TestServer } from '../test/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

/** Row counts of every table: a refused request must leave them unchanged. */
async function databaseFingerprint(): Promise<string> {
  const tables = (await t.database.db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by 1`)) as unknown as {
    rows: { tablename: string }[];
  };
  const counts: string[] = [];
  for (const { tablename } of tables.rows) {
    const r = (await t.database.db.execute(sql.raw(`select count(*)::int as n from "${tablename}"`))) as unknown as { rows: { n: number }[] };
    counts.push(`${tablename}=${r.rows[0]!.n}`);
  }
  return counts.join(',');
}

it('refuses every state-changing /api route without a CSRF token: 403 csrf, nothing changed', async () => {
  const routes = t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/') && !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
  expect(routes.length).toBeGreaterThan(5);
  const admin = await t.loginAs('admin');
  const before = await databaseFingerprint();
  for (const route of routes) {
    const url = route.url.replace(/:[a-zA-Z]+/g, 'some-id');
    for (const headers of [{}, { 'x-csrf-token': 'wrong-token' }]) {
      const res = await admin.request({ method: route.method as 'POST', url, payload: {}, headers, withoutCsrf: true });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(res.json().error, `${route.method} ${route.url}`).toBe('csrf');
    }
  }
  expect(await databaseFingerprint()).toBe(before);
  // The same session still works with its token: the refusals did not log anybody out.
  expect((await admin.get('/api/auth/me')).statusCode).toBe(200);
});
