import { expect, type APIRequestContext, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import { DEMO_PASSWORD } from './support.js';

type Json = Record<string, unknown>;
export interface SessionStatus {
  status: string;
  deadline: string | null;
  remainingMs: number | null;
  paused: boolean;
}
interface StartedView {
  questions: { id: string; options: { id: string }[] }[];
}

/** A signed-in API client: the context keeps the cookie, every non-GET carries the CSRF token. */
export class ApiClient {
  private constructor(
    readonly request: APIRequestContext,
    private csrf: string,
    readonly user: { id: string; name: string },
  ) {}

  /**
   * Signs in on a fresh API context of its own (as another device or tab would). `playwright` is
   * the fixture, or `{ request }` imported from @playwright/test outside a test.
   */
  static async signIn(playwright: Pick<PlaywrightWorkerArgs['playwright'], 'request'>, baseURL: string, username: string, password = DEMO_PASSWORD): Promise<ApiClient> {
    const request = await playwright.request.newContext({ baseURL });
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const login = await request.post('/api/auth/login', { data: { username, password }, headers: { 'x-csrf-token': csrfToken } });
    expect(login.status(), `login as ${username}`).toBe(200);
    const body = (await login.json()) as { csrfToken: string; user: { id: string; name: string } };
    return new ApiClient(request, body.csrfToken, body.user);
  }

  async get<T = Json>(path: string): Promise<T> {
    const res = await this.request.get(path);
    expect(res.status(), `GET ${path}`).toBe(200);
    return (await res.json()) as T;
  }

  /** Sends and returns the raw response, for callers that check refusals too. */
  send(method: 'POST' | 'PUT', path: string, data: unknown = {}) {
    return this.request.fetch(path, { method, data, headers: { 'x-csrf-token': this.csrf } });
  }

  async post<T = Json>(path: string, data: unknown = {}): Promise<T> {
    const res = await this.send('POST', path, data);
    expect(res.status(), `POST ${path}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as T;
  }

  /** `name=value; …` of the context's cookies, for a streaming request made outside Playwright. */
  async cookieHeader(): Promise<string> {
    const { cookies } = await this.request.storageState();
    return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  }

  dispose(): Promise<void> {
    return this.request.dispose();
  }
}

/**
 * A worker driven through the HTTP API (as the exam page would): the session of one
 * assessment, starting it, answering, reading its status and its event stream.
 */
export class Worker {
  private questions: StartedView['questions'] = [];
  private seq = 0;

  private constructor(
    readonly api: ApiClient,
    readonly sessionId: string,
    readonly assessmentId: string,
  ) {}

  /** The worker's session of the assessment titled `title`. */
  static async find(api: ApiClient, title: string): Promise<Worker> {
    const { sessions } = await api.get<{ sessions: { id: string; assessmentId: string; title: string }[] }>('/api/me/sessions');
    const session = sessions.find((s) => s.title === title);
    expect(session, `${api.user.name} has a session of "${title}"`).toBeTruthy();
    return new Worker(api, session!.id, session!.assessmentId);
  }

  get name(): string {
    return this.api.user.name;
  }

  async start(): Promise<void> {
    this.questions = (await this.api.post<StartedView>(`/api/sessions/${this.sessionId}/start`)).questions;
  }

  /** Answers question `index` (0-based) with its first option. */
  answer(index: number) {
    const question = this.questions[index]!;
    return this.api.send('PUT', `/api/sessions/${this.sessionId}/answers/${question.id}`, { optionId: question.options[0]!.id, seq: ++this.seq });
  }

  async answerFirst(count: number): Promise<void> {
    for (let i = 0; i < count; i++) expect((await this.answer(i)).status()).toBe(200);
  }

  status(): Promise<SessionStatus> {
    return this.api.get<SessionStatus>(`/api/sessions/${this.sessionId}/status`);
  }

  async events(baseURL: string): Promise<EventStream> {
    return EventStream.open(`${baseURL}/api/sessions/${this.sessionId}/events`, await this.api.cookieHeader());
  }

}

export interface StreamEvent {
  event: string;
  data: Json;
  /** Date.now() when it arrived. */
  at: number;
}

/** Reads a text/event-stream as it arrives (Playwright's request API waits for the whole body, which never comes). */
export class EventStream {
  readonly received: StreamEvent[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(private readonly controller: AbortController) {}

  static async open(url: string, cookie: string): Promise<EventStream> {
    const controller = new AbortController();
    const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
    expect(response.status, `GET ${url}`).toBe(200);
    const stream = new EventStream(controller);
    void stream.read(response.body!);
    return stream;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // Aborted by close().
    }
  }

  private parse(block: string): void {
    const lines = block.split('\n');
    const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim() ?? 'message';
    const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim());
    if (!data.length) return;
    this.received.push({ event, data: JSON.parse(data.join('\n')) as Json, at: Date.now() });
    for (const wake of this.waiters) wake();
  }

  /** The first event (already received or still to come) that matches, or a failure after `timeoutMs`. */
  waitFor(matches: (e: StreamEvent) => boolean, timeoutMs = 5_000): Promise<StreamEvent> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.find(matches);
        if (!found) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`No matching event within ${timeoutMs} ms; got ${JSON.stringify(this.received)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  close(): void {
    this.controller.abort();
  }
}

/** Opens the live room of an assessment and waits until the stream is live. */
export async function openRoom(page: Page, assessmentId: string): Promise<void> {
  await page.goto(`/hc/monitoring/${assessmentId}`);
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'live');
}

/** Opens one row action from its menu, fills the confirmation dialog, and returns the dialog (not yet confirmed). */
export async function openRowAction(page: Page, sessionId: string, action: string, { reason, minutes }: { reason?: string; minutes?: number } = {}) {
  await page.getByTestId(`actions-${sessionId}`).click();
  await page.getByTestId(`action-${action}-${sessionId}`).click();
  const dialog = page.getByTestId('control-dialog');
  await expect(dialog).toBeVisible();
  if (minutes !== undefined) await dialog.getByTestId('minutes-input').fill(String(minutes));
  if (reason !== undefined) await dialog.getByTestId('reason-input').fill(reason);
  return dialog;
}

/** "29:58" or "1:02:03" -> seconds. */
export function secondsOf(countdown: string): number {
  return countdown
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}
