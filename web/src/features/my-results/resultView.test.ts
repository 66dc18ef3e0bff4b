import { describe, expect, it } from 'vitest';
import { finishedAttempts, optionLetter, reviewTally, verdictOf } from './resultView';

describe('review', () => {
  it('letters options from A and tells right, wrong and unanswered apart', () => {
    expect([0, 1, 3].map(optionLetter)).toEqual(['A', 'B', 'D']);
    expect(verdictOf({ chosenOptionId: 'a', correct: true })).toBe('right');
    expect(verdictOf({ chosenOptionId: 'b', correct: false })).toBe('wrong');
    expect(verdictOf({ chosenOptionId: null, correct: false })).toBe('unanswered');
    expect(
      reviewTally([
        { chosenOptionId: 'a', correct: true },
        { chosenOptionId: 'b', correct: false },
        { chosenOptionId: null, correct: false },
        { chosenOptionId: 'c', correct: true },
      ]),
    ).toEqual({ right: 2, wrong: 1, unanswered: 1 });
  });
});

describe('finishedAttempts', () => {
  const session = (id: string, status: 'not_started' | 'in_progress' | 'submitted' | 'closed' | 'abandoned', submittedAt: string | null, closesAt = '2026-11-01T00:00:00Z') => ({
    id,
    status,
    submittedAt,
    closesAt,
  });

  it('keeps ended attempts only, the latest ended first', () => {
    const rows = [
      session('waiting', 'not_started', null),
      session('old', 'submitted', '2026-10-01T03:00:00Z'),
      session('running', 'in_progress', null),
      session('new', 'closed', '2026-11-20T03:00:00Z'),
      session('never-started', 'abandoned', null, '2026-10-15T00:00:00Z'),
    ];
    expect(finishedAttempts(rows).map((row) => row.id)).toEqual(['new', 'never-started', 'old']);
  });
});
