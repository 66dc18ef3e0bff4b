import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/errors';
import { outcomeOfFailure } from './outboxTransport';

const apiError = (status: number, code: string, body?: unknown) => new ApiError(status, code, code, undefined, body);

describe('outcomeOfFailure', () => {
  it('retries network failures as offline, server trouble and pauses as not offline', () => {
    expect(outcomeOfFailure(apiError(0, 'network'))).toEqual({ kind: 'retry', offline: true });
    expect(outcomeOfFailure(apiError(500, 'http_500'))).toEqual({ kind: 'retry', offline: false, serverError: true });
    expect(outcomeOfFailure(apiError(429, 'rate_limited'))).toEqual({ kind: 'retry', offline: false });
    expect(outcomeOfFailure(apiError(409, 'paused'))).toEqual({ kind: 'retry', offline: false });
    expect(outcomeOfFailure(new TypeError('boom'))).toEqual({ kind: 'retry', offline: false });
  });

  it('retries 503 unavailable after the Retry-After the server sent', () => {
    const unavailable = new ApiError(503, 'unavailable', 'unavailable', undefined, undefined, 7_000);
    expect(outcomeOfFailure(unavailable)).toEqual({ kind: 'retry', offline: false, serverError: true, retryAfterMs: 7_000 });
  });

  it('stops on taken_over: another device holds the exam', () => {
    expect(outcomeOfFailure(apiError(409, 'taken_over'))).toEqual({ kind: 'taken_over' });
  });

  it('reads the current answer of a stale reply', () => {
    const error = apiError(409, 'stale', { error: 'stale', current: { optionId: 'o2', seq: 9 } });
    expect(outcomeOfFailure(error)).toEqual({ kind: 'stale', current: { optionId: 'o2', seq: 9 } });
  });

  it('ends on time_up, exam_closed and already_submitted', () => {
    for (const code of ['time_up', 'exam_closed', 'already_submitted']) {
      expect(outcomeOfFailure(apiError(409, code))).toEqual({ kind: 'ended', code });
    }
  });

  it('drops what the server calls malformed or unknown', () => {
    expect(outcomeOfFailure(apiError(400, 'validation'))).toMatchObject({ kind: 'rejected' });
    expect(outcomeOfFailure(apiError(404, 'not_found'))).toMatchObject({ kind: 'rejected' });
  });
});
