import { Pool } from 'undici';

/** What one request got: `status` 0 when no answer came (then `error` names why), `ms` from send to the whole body. */
export type Outcome = { status: number; ms: number; text: string; error?: string };

/** The CSRF pair (cookie and header) every simulated device sends: one secret may serve any number of sessions. */
export type Csrf = { cookie: string; token: string };

/** Keep-alive connection pools to one server: `requests` for ordinary calls, `streams` for event streams (each holds a connection). */
export function openPools(url: string, connections: number) {
  return {
    requests: new Pool(url, { connections, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: 60_000, bodyTimeout: 60_000 }),
    streams: new Pool(url, { connections: null, pipelining: 1, headersTimeout: 60_000, bodyTimeout: 0 }),
  };
}
export type Pools = ReturnType<typeof openPools>;

const causeOf = (error: unknown) => {
  let inner = error;
  while (inner instanceof Error && inner.cause) inner = inner.cause;
  return (inner as { code?: string }).code ?? (inner instanceof Error ? inner.name : String(inner));
};

/** One request as a signed-in device sends it (session cookie, CSRF pair on writes). */
export async function call(pool: Pool, method: 'GET' | 'POST' | 'PUT', path: string, cookie: string, csrf?: Csrf, body?: unknown): Promise<Outcome> {
  const headers: Record<string, string> = { cookie: [cookie, csrf?.cookie].filter(Boolean).join('; ') };
  if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf.token;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  try {
    const res = await pool.request({ method, path, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.body.text();
    return { status: res.statusCode, ms: performance.now() - started, text };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, text: '', error: causeOf(error) };
  }
}

/** A CSRF pair from `GET /api/auth/csrf` (the cookie it sets and the token it returns). */
export async function fetchCsrf(url: string): Promise<Csrf> {
  const res = await fetch(`${url}/api/auth/csrf`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
  return { cookie, token: ((await res.json()) as { csrfToken: string }).csrfToken };
}

export type StreamHandle = {
  /** 200 when open; 0 when no answer came (`error` says why). */
  status: number;
  error?: string;
  /** Bytes received so far. */
  bytes(): number;
  /** Resolves when the stream ends (the server closed it, or close() was called). */
  ended: Promise<void>;
  close(): void;
};

/**
 * Opens a text/event-stream and hands each event (name, raw data text) to `onEvent`; without
 * `onEvent` the bytes are only counted (a viewer whose rendering is not measured). Resolves once
 * the response headers are in; a non-200 answer is returned with its status, already closed.
 */
export async function openStream(pool: Pool, path: string, cookie: string, onEvent?: (event: string, data: string) => void): Promise<StreamHandle> {
  const controller = new AbortController();
  let received = 0;
  let res: Awaited<ReturnType<Pool['request']>>;
  try {
    res = await pool.request({ method: 'GET', path, headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
  } catch (error) {
    return { status: 0, error: causeOf(error), bytes: () => 0, ended: Promise.resolve(), close: () => {} };
  }
  if (res.statusCode !== 200) {
    await res.body.text().catch(() => '');
    return { status: res.statusCode, bytes: () => 0, ended: Promise.resolve(), close: () => {} };
  }
  let buffer = '';
  res.body.setEncoding('utf8');
  res.body.on('data', (chunk: string) => {
    received += chunk.length;
    if (!onEvent) return;
    buffer += chunk;
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data !== undefined) onEvent(event, data);
    }
  });
  const ended = new Promise<void>((resolve) => {
    res.body.once('end', resolve);
    res.body.once('error', () => resolve());
    res.body.once('close', resolve);
  });
  return { status: 200, bytes: () => received, ended, close: () => controller.abort() };
}
