import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test/test-server.js';

const TOKEN = 'metrics-token-0123456789';
let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ env: { METRICS_TOKEN: TOKEN } });
});
afterAll(() => t.close());

describe('GET /metrics with METRICS_TOKEN set', () => {
  it('answers 401 in the error shape without the bearer token, and the metrics with it', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, TOKEN, `Basic ${TOKEN}`]) {
      const res = await t.app.inject({ url: '/metrics', headers: authorization ? { authorization } : {} });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: 'unauthenticated', message: expect.stringContaining('Bearer') });
      expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    }
    const ok = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('# TYPE');
  });

  it('is not needed by anything else public', async () => {
    expect((await t.app.inject({ url: '/api/auth/csrf' })).statusCode).toBe(200);
  });
});
