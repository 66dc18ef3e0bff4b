import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { startServer } from './start.js';
import { TestClient } from './test/test-server.js';

it('keeps all data across a restart of the embedded mode and seeds demo data only once', { timeout: 180_000 }, async () => {
  const config = loadConfig({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'ujian-restart-')), NODE_ENV: 'test' });

  const first = await startServer(config, { logger: false });
  expect(first.demoSeeded).toBe(true);
  const admin = new TestClient(first.app);
  await admin.refreshCsrf();
  admin.csrfToken = (await admin.post('/api/auth/login', { username: 'admin', password: 'demo1234' })).json().csrfToken;
  const created = await admin.post('/api/users', { username: 'siti.rahma', password: 'secret-pass-1', name: 'Siti Rahma', role: 'coachee', unit: 'K3' });
  expect(created.statusCode).toBe(201);
  await first.close();

  const second = await startServer(config, { logger: false });
  try {
    expect(second.demoSeeded).toBe(false);
    const again = new TestClient(second.app);
    again.cookies = admin.cookies; // the login session survives too: it lives in the database
    again.csrfToken = admin.csrfToken;
    const { users } = (await again.get('/api/users?q=siti')).json();
    expect(users).toEqual([expect.objectContaining({ username: 'siti.rahma', name: 'Siti Rahma', unit: 'K3' })]);
    expect((await again.get('/api/users')).json().users).toHaveLength(24);
  } finally {
    await second.close();
  }
});
