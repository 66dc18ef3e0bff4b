import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import { finishExam, type FinishSteps } from './finishExam';

const instantSleep = vi.fn(async () => {});

function steps(overrides: Partial<FinishSteps<string>>): FinishSteps<string> {
  return { drain: async () => 'drained', submit: async () => 'result', sleep: instantSleep, random: () => 1, ...overrides };
}

describe('finishExam', () => {
  it('drains the outbox before it submits', async () => {
    const order: string[] = [];
    const result = await finishExam(
      steps({
        drain: async () => {
          order.push('drain');
          return 'drained';
        },
        submit: async () => {
          order.push('submit');
          return 'scored';
        },
      }),
      new AbortController().signal,
    );
    expect(order).toEqual(['drain', 'submit']);
    expect(result).toEqual({ kind: 'submitted', result: 'scored' });
  });

  it('at time-up waits for unsent answers only up to the limit', async () => {
    const submit = vi.fn(async () => 'scored');
    const result = await finishExam(steps({ drain: () => new Promise(() => {}), submit, drainLimitMs: 4000 }), new AbortController().signal);
    expect(instantSleep).toHaveBeenCalledWith(4000, expect.anything());
    expect(result).toEqual({ kind: 'submitted', result: 'scored' });
  });

  it('repeats the submit while the network is down', async () => {
    const submit = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new ApiError(0, 'network', 'offline'))
      .mockRejectedValueOnce(new ApiError(502, 'http_502', 'bad gateway'))
      .mockResolvedValue('scored');
    const result = await finishExam(steps({ submit }), new AbortController().signal);
    expect(submit).toHaveBeenCalledTimes(3);
    expect(result).toEqual({ kind: 'submitted', result: 'scored' });
  });

  it('reports an exam the server already ended', async () => {
    const submit = vi.fn(async () => {
      throw new ApiError(409, 'exam_closed', 'closed');
    });
    await expect(finishExam(steps({ submit }), new AbortController().signal)).resolves.toEqual({ kind: 'ended', code: 'exam_closed' });
  });

  it('throws other failures, and stops when aborted', async () => {
    const forbidden = vi.fn(async () => {
      throw new ApiError(403, 'forbidden', 'no');
    });
    await expect(finishExam(steps({ submit: forbidden }), new AbortController().signal)).rejects.toThrow('no');

    const controller = new AbortController();
    controller.abort();
    const submit = vi.fn(async () => 'scored');
    await expect(finishExam(steps({ drain: async () => 'aborted', submit }), controller.signal)).resolves.toEqual({ kind: 'aborted' });
    expect(submit).not.toHaveBeenCalled();
  });
});
