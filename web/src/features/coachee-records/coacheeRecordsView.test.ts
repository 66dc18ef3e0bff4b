import { describe, expect, it } from 'vitest';
import { attemptLabels } from './coacheeRecordsView';

describe('attemptLabels', () => {
  it('numbers only the assessments attempted more than once', () => {
    const rows = [
      { assessmentId: 'k3', attempt: 1, replaced: true },
      { assessmentId: 'k3', attempt: 2, replaced: false },
      { assessmentId: 'apd', attempt: 1, replaced: false },
    ];
    expect(attemptLabels(rows)).toEqual([{ attempt: 1, replaced: true }, { attempt: 2, replaced: false }, null]);
    expect(attemptLabels([])).toEqual([]);
  });
});
