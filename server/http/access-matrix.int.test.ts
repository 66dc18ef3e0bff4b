import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../common/roles.js';
import { createTestServer, type TestClient, type TestServer } from '../test/test-server.js';
import { ACCESS_MATRIX } from '../test/access-matrix.js';

let t: TestServer;
const clients = new Map<string, TestClient>();
const CALLERS = ['anonymous', ...ROLES] as const;
const USER_OF_ROLE = { admin: 'admin', hc: 'hc', coach: 'coach', coachee: 'worker1' } as const;

beforeAll(async () => {
  t = await createTestServer();
  clients.set('anonymous', await t.anonymous());
  for (const role of ROLES) clients.set(role, await t.loginAs(USER_OF_ROLE[role]));
});
afterAll(() => t.close());

const routeKey = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const isGuarded = (url: string) => (url.startsWith('/api/') && !url.startsWith('/api/docs')) || url === '/healthz' || url === '/metrics';

/** A concrete URL for a route pattern: ids that exist nowhere, so no test changes real data. */
const concrete = (url: string) => url.replace(/:format/g, 'xlsx').replace(/:[a-zA-Z]+/g, 'no-such-id-0000');

describe('route x role access matrix', () => {
  it('declares every registered route, and nothing that is not registered', () => {
    const registered = t.app.registeredRoutes.filter((r) => isGuarded(r.url)).map(routeKey);
    expect(registered.filter((k) => !(k in ACCESS_MATRIX)), 'routes missing from ACCESS_MATRIX').toEqual([]);
    expect(Object.keys(ACCESS_MATRIX).filter((k) => !registered.includes(k)), 'stale ACCESS_MATRIX rows').toEqual([]);
  });

  it.each(Object.entries(ACCESS_MATRIX))('%s', async (key, rule) => {
    const [method, url] = key.split(' ') as [string, string];
    for (const caller of CALLERS) {
      const client = clients.get(caller)!;
      // Logging out ends the session and the CSRF secret the other rows use; check it on a throwaway client.
      const throwaway = () => (caller === 'anonymous' ? t.anonymous() : t.loginAs(USER_OF_ROLE[caller]));
      const c = key === 'POST /api/auth/logout' ? await throwaway() : client;
      const res = await c.request({ method: method as 'GET', url: concrete(url), ...(method === 'GET' ? {} : { payload: {} }) });
      const why = `${caller} -> ${key}: ${res.statusCode} ${res.body.slice(0, 200)}`;
      if ('public' in rule) {
        expect(res.statusCode, why).not.toBe(403); // public routes may still answer "not logged in" (me)
      } else if (caller !== 'anonymous' && rule.allow.includes(caller)) {
        expect([401, 403], why).not.toContain(res.statusCode);
      } else {
        expect(res.statusCode, why).toBe(caller === 'anonymous' ? 401 : 403);
      }
    }
  });
});
