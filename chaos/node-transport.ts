import { ApiError, NETWORK_ERROR_CODE, errorFromResponse } from '../web/src/api/errors';
import type { OutboxTransport, SendOutcome } from '../web/src/features/exam/autosave/outbox';
import { outcomeOfFailure } from '../web/src/features/exam/autosave/outboxTransport';
import type { HttpClient } from '../server/test/http-client.js';

/** A save the server accepted (2xx), as the worker's device saw it. */
export type AcceptedSave = { sessionId: string; questionId: string; seq: number; optionId: string | null; atMs: number };

/** What every simulated device saw, shared by all workers of a run. */
export class TrafficLog {
  readonly accepted: AcceptedSave[] = [];
  /** HTTP status -> count of answers that reached a device; 0 counts requests that got none. */
  readonly statuses = new Map<number, number>();
  /** Outbox outcome kind -> count. */
  readonly outcomes = new Map<SendOutcome['kind'], number>();
  /** Why requests got no answer (the network error's cause) -> count. */
  readonly failures = new Map<string, number>();
  /** Requests the server refused as malformed (the outbox drops them): each one is a bug. */
  readonly rejected: string[] = [];

  constructor(private readonly startedAt: number) {}

  elapsedMs(): number {
    return Date.now() - this.startedAt;
  }

  count<K>(map: Map<K, number>, key: K): void {
    map.set(key, (map.get(key) ?? 0) + 1);
  }
}

/** The innermost reason of a failed fetch ("fetch failed" wraps ECONNRESET, a timeout …). */
function causeOf(error: unknown): string {
  let inner = error;
  while (inner instanceof Error && inner.cause) inner = inner.cause;
  if (!(inner instanceof Error)) return String(inner);
  return (inner as { code?: string }).code ?? inner.name;
}

/**
 * The outbox's wire in Node: the same requests as the browser's `sessionOutboxTransport`, through
 * a cookie-keeping client, with failures sorted by the browser's own `outcomeOfFailure`.
 */
export function nodeOutboxTransport(client: HttpClient, sessionId: string, log: TrafficLog): OutboxTransport {
  const base = `/api/sessions/${encodeURIComponent(sessionId)}`;
  const put = async (path: string, body: unknown): Promise<SendOutcome> => {
    let answer: Awaited<ReturnType<HttpClient['request']>>;
    try {
      answer = await client.request('PUT', path, body);
    } catch (cause) {
      log.count(log.statuses, 0);
      log.count(log.failures, causeOf(cause));
      return outcomeOfFailure(new ApiError(0, NETWORK_ERROR_CODE, cause instanceof Error ? cause.message : 'network error'));
    }
    log.count(log.statuses, answer.status);
    return answer.status < 300 ? { kind: 'saved' } : outcomeOfFailure(errorFromResponse(answer.status, answer.json));
  };
  const tallied = (outcome: SendOutcome) => (log.count(log.outcomes, outcome.kind), outcome);

  return {
    async saveAnswer({ questionId, optionId, seq, clientTime }) {
      const outcome = await put(`${base}/answers/${encodeURIComponent(questionId)}`, { optionId, seq, clientTime });
      if (outcome.kind === 'saved') log.accepted.push({ sessionId, questionId, seq, optionId, atMs: log.elapsedMs() });
      return tallied(outcome);
    },
    async savePosition(pageIndex) {
      return tallied(await put(`${base}/position`, { pageIndex }));
    },
  };
}
