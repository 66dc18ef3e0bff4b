// Latency probes the parent runs beside the load: an HC closes a probe worker's session and times
// the notice on the worker's event stream; a probe worker saves and times the dashboard row update.
import type { Pool } from 'undici';
import { call, openStream, type Csrf, type StreamHandle } from './http.js';

type Waiter = { match: (data: Record<string, unknown>) => boolean; resolve: () => void };

/** Resolves the first waiter whose predicate matches an event, or rejects after `timeoutMs`. */
class Waiters {
  private readonly list: Waiter[] = [];

  wait(match: Waiter['match'], timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.list.splice(this.list.indexOf(waiter), 1);
        reject(new Error(`no matching event within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter: Waiter = { match, resolve: () => (clearTimeout(timer), resolve()) };
      this.list.push(waiter);
    });
  }

  offer(data: Record<string, unknown>) {
    for (const w of this.list.filter((w) => w.match(data))) {
      this.list.splice(this.list.indexOf(w), 1);
      w.resolve();
    }
  }
}

/** An HC dashboard (`GET /api/assessments/:id/monitor/events`) whose row pushes can be awaited. */
export async function openDashboard(pool: Pool, assessmentId: string, cookie: string) {
  const rows = new Waiters();
  const stream = await openStream(pool, `/api/assessments/${assessmentId}/monitor/events`, cookie, (event, data) => {
    if (event !== 'rows') return;
    for (const row of (JSON.parse(data) as { rows: Record<string, unknown>[] }).rows) rows.offer(row);
  });
  if (stream.status !== 200) throw new Error(`dashboard stream: ${stream.status} ${stream.error ?? ''}`);
  return { stream, rows };
}
export type Dashboard = Awaited<ReturnType<typeof openDashboard>>;

export type ProbeSeat = { cookie: string; sessionId: string; questions: { id: string; options: string[] }[] };

/** Starts a probe worker's session -> its questions. */
export async function startProbe(pool: Pool, csrf: Csrf, seat: { cookie: string; sessionId: string }): Promise<ProbeSeat> {
  const outcome = await call(pool, 'POST', `/api/sessions/${seat.sessionId}/start`, seat.cookie, csrf);
  if (outcome.status !== 200) throw new Error(`probe start: ${outcome.status} ${outcome.text.slice(0, 200)}`);
  const view = JSON.parse(outcome.text) as { questions: { id: string; options: { id: string }[] }[] };
  return { ...seat, questions: view.questions.map((q) => ({ id: q.id, options: q.options.map((o) => o.id) })) };
}

/**
 * Save to dashboard (ms): the probe answers its next unanswered question, and the time runs until
 * the dashboard pushes that session's row with the new answered count. Times out (rejects) after 10 s.
 */
export async function saveToDashboardMs(pool: Pool, csrf: Csrf, dashboard: Dashboard, probe: ProbeSeat, answered: number): Promise<number> {
  const q = probe.questions[answered]!;
  const started = performance.now();
  const seen = dashboard.rows.wait((row) => row.sessionId === probe.sessionId && Number(row.answeredCount) >= answered + 1, 10_000);
  const saved = await call(pool, 'PUT', `/api/sessions/${probe.sessionId}/answers/${q.id}`, probe.cookie, csrf, { optionId: q.options[0], seq: 1 });
  if (saved.status !== 200) throw new Error(`probe save: ${saved.status} ${saved.text.slice(0, 200)}`);
  await seen;
  return performance.now() - started;
}

/**
 * Close notice (ms): with the probe worker's event stream open, HC closes its session; the time
 * runs from HC's request until the worker's stream says `closed`. Rejects after 10 s.
 */
export async function closeNoticeMs(pool: Pool, csrf: Csrf, hcCookie: string, probe: { cookie: string; sessionId: string }): Promise<number> {
  const statuses = new Waiters();
  const stream: StreamHandle = await openStream(pool, `/api/sessions/${probe.sessionId}/events`, probe.cookie, (event, data) => {
    if (event === 'status') statuses.offer(JSON.parse(data) as Record<string, unknown>);
  });
  try {
    if (stream.status !== 200) throw new Error(`probe stream: ${stream.status} ${stream.error ?? ''}`);
    const notice = statuses.wait((s) => s.status === 'closed', 10_000);
    const started = performance.now();
    const closed = await call(pool, 'POST', `/api/sessions/${probe.sessionId}/close`, hcCookie, csrf, { reason: 'bench' });
    if (closed.status !== 200) throw new Error(`HC close: ${closed.status} ${closed.text.slice(0, 200)}`);
    // Whether the close itself was slow or its notice never came tells two different problems apart.
    await notice.catch(() => {
      throw new Error(`no closed status within 10 s of the close (which answered in ${Math.round(closed.ms)} ms)`);
    });
    return performance.now() - started;
  } finally {
    stream.close();
  }
}
