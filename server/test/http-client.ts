/** A tiny cookie-keeping HTTP client for tests that talk to real server processes. */
export class HttpClient {
  readonly cookies = new Map<string, string>();
  private csrfToken = '';

  /** `timeoutMs`: abort a request that gets no complete answer in time (it then rejects like a network error). */
  constructor(
    readonly base: string,
    private readonly timeoutMs?: number,
  ) {}

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: this.timeoutMs ? AbortSignal.timeout(this.timeoutMs) : undefined,
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  async login(username: string, password = 'demo1234') {
    this.csrfToken = (await this.request('GET', '/api/auth/csrf')).json.csrfToken as string;
    const res = await this.request('POST', '/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.json)}`);
    this.csrfToken = res.json.csrfToken as string;
    return this;
  }
}
