import type { Catalog } from './package-catalog.js';

export type Score = { scorePoints: number; maxPoints: number; percent: number; passed: boolean; answeredCount: number; questionCount: number };

/**
 * Scores saved answers against the package's key. Only saved answers count: what the server holds
 * is the worker's answer sheet. Percent is rounded to two decimals; passing means percent >= passScore.
 */
export function scoreAnswers(catalog: Catalog, answers: { questionId: string; optionId: string | null }[], passScore: number): Score {
  let scorePoints = 0;
  let answeredCount = 0;
  for (const { questionId, optionId } of answers) {
    const question = catalog.byId.get(questionId);
    if (!question || optionId === null) continue;
    answeredCount++;
    if (question.options.some((o) => o.id === optionId && o.isCorrect)) scorePoints += question.points;
  }
  const percent = catalog.maxPoints ? Math.round((scorePoints / catalog.maxPoints) * 10_000) / 100 : 0;
  return { scorePoints, maxPoints: catalog.maxPoints, percent, passed: percent >= passScore, answeredCount, questionCount: catalog.questions.length };
}
