import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../config.js';
import { DEMO_PASSWORD } from '../demo/demo-accounts.js';
import type { EventHub } from '../realtime/event-hub.js';
import { startServer } from '../start.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export type TestServer = {
  app: FastifyInstance;
  database: TestDatabase;
  events: EventHub;
  /** A client with its own cookie jar and CSRF token, logged in as `username` (demo password). */
  loginAs(username: string, password?: string): Promise<TestClient>;
  /** A client with a CSRF token but no login. */
  anonymous(): Promise<TestClient>;
  close(): Promise<void>;
};

/** One app on a fresh database (PGlite or PostgreSQL per TEST_DB) with the demo accounts seeded. */
export async function createTestServer(options: { env?: Record<string, string>; logStream?: NodeJS.WritableStream } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'test-secret-test-secret-test-secret-42', DATA_DIR: '/nonexistent', ...options.env });
  const server = await startServer(config, { logger: Boolean(options.logStream), logStream: options.logStream, database, demo: true, sweeper: false });
  const anonymous = async () => {
    const client = new TestClient(server.app);
    await client.refreshCsrf();
    return client;
  };
  return {
    app: server.app,
    database,
    events: server.events,
    anonymous,
    async loginAs(username, password = DEMO_PASSWORD) {
      const client = await anonymous();
      const res = await client.post('/api/auth/login', { username, password });
      if (res.statusCode !== 200) throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
      client.csrfToken = res.json().csrfToken;
      return client;
    },
    close: () => server.close(),
  };
}

/** Drives the app through `inject`, keeping cookies like a browser and sending the CSRF header. */
export class TestClient {
  cookies = new Map<string, string>();
  csrfToken = '';
  /**
   * The Accept-Language sent unless a request names its own: English, which the tests' assertions
   * of server sentences are written in (the server's default is Indonesian). Null sends none.
   */
  language: string | null = 'en';

  constructor(private readonly app: FastifyInstance) {}

  async refreshCsrf() {
    this.csrfToken = (await this.get('/api/auth/csrf')).json().csrfToken;
  }

  get = (url: string, options: Partial<InjectOptions> = {}) => this.request({ method: 'GET', url, ...options });
  post = (url: string, payload?: unknown, options: Partial<InjectOptions> = {}) => this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'], ...options });
  put = (url: string, payload?: unknown, options: Partial<InjectOptions> = {}) => this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'], ...options });
  patch = (url: string, payload?: unknown, options: Partial<InjectOptions> = {}) => this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'], ...options });
  delete = (url: string, options: Partial<InjectOptions> = {}) => this.request({ method: 'DELETE', url, ...options });

  async request(options: InjectOptions & { withoutCsrf?: boolean }): Promise<LightMyRequestResponse> {
    const { withoutCsrf, ...rest } = options;
    const headers: Record<string, string> = { ...(rest.headers as Record<string, string>) };
    if (this.language && !Object.keys(headers).some((h) => h.toLowerCase() === 'accept-language')) headers['accept-language'] = this.language;
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (rest.method !== 'GET' && !withoutCsrf && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const res = await this.app.inject({ ...rest, headers });
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }
}
