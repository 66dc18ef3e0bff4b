import { ApiError } from '../../api/errors';
import { retryDelayMs } from './autosave/backoff';
import { EXAM_OVER_CODES } from './autosave/outboxTransport';

export type FinishResult<T> =
  | { kind: 'submitted'; result: T }
  /** The server had already ended the exam (time_up, exam_closed …): show its outcome. */
  | { kind: 'ended'; code: string }
  | { kind: 'aborted' };

export interface FinishSteps<T> {
  drain(signal: AbortSignal): Promise<'drained' | 'ended' | 'aborted'>;
  submit(): Promise<T>;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /**
   * At time-up, how long unsent answers may still take: the server accepts saves only for a few
   * seconds after the deadline, so waiting longer would only delay the outcome.
   */
  drainLimitMs?: number;
  random?: () => number;
}

/** A failure that may heal by itself: no network, a server restart, too many requests. */
function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status === 429 || error.status >= 500);
}

/**
 * Ends the exam from this page: first every waiting answer goes out (the submit must count it),
 * then the submit, repeated with backoff while the network is down (it is repeat-safe).
 */
export async function finishExam<T>(steps: FinishSteps<T>, signal: AbortSignal): Promise<FinishResult<T>> {
  const drained = steps.drain(signal);
  if (steps.drainLimitMs === undefined) await drained;
  else await Promise.race([drained, steps.sleep(steps.drainLimitMs, signal)]);
  for (let attempt = 1; !signal.aborted; attempt++) {
    try {
      return { kind: 'submitted', result: await steps.submit() };
    } catch (error) {
      if (error instanceof ApiError && EXAM_OVER_CODES.has(error.code)) return { kind: 'ended', code: error.code };
      if (!isTransient(error)) throw error;
      await steps.sleep(retryDelayMs(attempt, steps.random), signal);
    }
  }
  return { kind: 'aborted' };
}

/** setTimeout as a promise that also settles early when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
