import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { questionCountLabel } from './questionCountLabel';

const t = ((key: string, options: { count: number }) => `${key}:${options.count}`) as unknown as TFunction;

describe('questionCountLabel', () => {
  it('a published assessment of two packages: what one worker gets', () => {
    expect(questionCountLabel(t, { published: true, packageCount: 2, questionCount: 60 })).toBe('authoring.list.questionsPerWorker:30');
  });

  it('one package, or a draft whose packages may still differ: the total', () => {
    expect(questionCountLabel(t, { published: true, packageCount: 1, questionCount: 30 })).toBe('authoring.list.questions:30');
    expect(questionCountLabel(t, { published: false, packageCount: 2, questionCount: 6 })).toBe('authoring.list.questions:6');
  });
});
