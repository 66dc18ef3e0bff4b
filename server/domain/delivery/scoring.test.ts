import { expect, it } from 'vitest';
import type { Catalog, CatalogQuestion } from './package-catalog.js';
import { scoreAnswers } from './scoring.js';

const question = (id: string, points: number): CatalogQuestion => ({
  id,
  text: id,
  points,
  imageId: null,
  options: [
    { id: `${id}-right`, text: 'right', isCorrect: true, imageId: null },
    { id: `${id}-wrong`, text: 'wrong', isCorrect: false, imageId: null },
  ],
});
const questions = [question('q1', 1), question('q2', 2), question('q3', 1)];
const catalog: Catalog = { questions, byId: new Map(questions.map((q) => [q.id, q])), maxPoints: 4 };

it('adds the points of correct answers and ignores cleared and unknown ones', () => {
  const score = scoreAnswers(
    catalog,
    [
      { questionId: 'q1', optionId: 'q1-right' },
      { questionId: 'q2', optionId: 'q2-wrong' },
      { questionId: 'q3', optionId: null },
      { questionId: 'elsewhere', optionId: 'x' },
    ],
    25,
  );
  expect(score).toEqual({ scorePoints: 1, maxPoints: 4, percent: 25, passed: true, answeredCount: 2, questionCount: 3 });
});

it('fails below the pass score and scores an empty sheet as zero', () => {
  expect(scoreAnswers(catalog, [{ questionId: 'q2', optionId: 'q2-right' }], 70)).toMatchObject({ percent: 50, passed: false });
  expect(scoreAnswers(catalog, [], 0)).toMatchObject({ scorePoints: 0, percent: 0, passed: true, answeredCount: 0 });
});
