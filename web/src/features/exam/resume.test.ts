import type { SessionView } from '@common/schemas/sessions';
import { describe, expect, it } from 'vitest';
import { answersAfterResume, countAnswered, pageAfterResume } from './resume';

const view = {
  answers: { q1: 'a', q2: 'b' },
  pageIndex: 1,
  pageCount: 3,
  questions: [{ id: 'q1' }, { id: 'q2' }, { id: 'q3' }],
} as unknown as SessionView;

describe('resume', () => {
  it("overlays this device's unsent changes on the server's answers", () => {
    const kept = [
      { questionId: 'q2', optionId: null, seq: 4, clientTime: 't' },
      { questionId: 'q3', optionId: 'c', seq: 1, clientTime: 't' },
    ];
    expect(answersAfterResume(view, kept)).toEqual({ q1: 'a', q2: null, q3: 'c' });
  });

  it('opens the unsent page, else the saved one, clamped to the pages there are', () => {
    expect(pageAfterResume(view, null)).toBe(1);
    expect(pageAfterResume(view, 2)).toBe(2);
    expect(pageAfterResume(view, 9)).toBe(2);
  });

  it('counts answered questions, not cleared ones', () => {
    expect(countAnswered(view.questions, { q1: 'a', q2: null })).toBe(1);
  });
});
