import { ApiError } from '../../../api/errors';
import { saveAnswer, savePosition } from '../../../api/sessions';
import type { OutboxTransport, SendOutcome } from './outbox';

/** 409 codes after which the server takes no more answers for this session. */
export const EXAM_OVER_CODES: ReadonlySet<string> = new Set(['time_up', 'exam_closed', 'already_submitted']);

function staleCurrent(body: unknown): { optionId: string | null; seq: number } | null {
  const current = (body as { current?: { optionId?: unknown; seq?: unknown } } | null)?.current;
  if (!current || typeof current.seq !== 'number') return null;
  return { optionId: typeof current.optionId === 'string' ? current.optionId : null, seq: current.seq };
}

/**
 * Sorts a failed save into what the outbox should do next. No network: retry, shown as offline.
 * 503 `unavailable`: retry after the server's Retry-After. Any other 5xx: retry with backoff, and
 * show the worker that the server has a problem (never a silent spinner).
 */
export function outcomeOfFailure(error: unknown): SendOutcome {
  if (!(error instanceof ApiError)) return { kind: 'retry', offline: false };
  if (error.status === 0) return { kind: 'retry', offline: true };
  if (error.status >= 500) return { kind: 'retry', offline: false, serverError: true, retryAfterMs: error.retryAfterMs };
  if (error.code === 'taken_over') return { kind: 'taken_over' };
  if (error.code === 'stale') {
    const current = staleCurrent(error.body);
    if (current) return { kind: 'stale', current };
  }
  if (EXAM_OVER_CODES.has(error.code)) return { kind: 'ended', code: error.code };
  // HC paused the exam: the answer is kept and goes out once HC resumes it.
  if (error.code === 'paused') return { kind: 'retry', offline: false };
  if (error.status === 400 || error.status === 404 || error.status === 409) return { kind: 'rejected', reason: `${error.status} ${error.code}: ${error.message}` };
  return { kind: 'retry', offline: false };
}

async function outcomeOf(send: () => Promise<unknown>): Promise<SendOutcome> {
  try {
    await send();
    return { kind: 'saved' };
  } catch (error) {
    return outcomeOfFailure(error);
  }
}

/** The outbox's wire: the session API through the shared fetch client (CSRF included). */
export function sessionOutboxTransport(sessionId: string): OutboxTransport {
  return {
    saveAnswer: ({ questionId, optionId, seq, clientTime }) => outcomeOf(() => saveAnswer(sessionId, questionId, { optionId, seq, clientTime })),
    savePosition: (pageIndex) => outcomeOf(() => savePosition(sessionId, pageIndex)),
  };
}
