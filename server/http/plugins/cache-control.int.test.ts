import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

describe('Cache-Control', () => {
  it('is no-store on every API answer, errors and downloads included, and on metrics', async () => {
    const admin = await t.loginAs('admin');
    const anonymous = await t.anonymous();
    const responses = [
      await admin.get('/api/users'),
      await admin.get('/api/users/import/template.csv'),
      await admin.get('/api/auth/me'),
      await anonymous.get('/api/auth/me'),
      await anonymous.post('/api/auth/login', { username: 'nobody' }),
      await anonymous.get('/api/no-such-endpoint'),
      await t.app.inject({ url: '/metrics' }),
    ];
    expect(responses.map((r) => [r.statusCode, r.headers['cache-control']])).toEqual([
      [200, 'no-store'],
      [200, 'no-store'],
      [200, 'no-store'],
      [401, 'no-store'],
      [400, 'no-store'],
      [401, 'no-store'],
      [200, 'no-store'],
    ]);
  });
});
