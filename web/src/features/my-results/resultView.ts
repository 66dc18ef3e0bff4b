import type { MySession } from '@common/schemas/my-sessions';
import type { SessionResult } from '../../api/sessions';

export type ReviewedQuestion = NonNullable<SessionResult['review']>[number];

/** "A", "B", … for an option by its position as the worker saw it (index 0 is "A"). */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

export type Verdict = 'right' | 'wrong' | 'unanswered';

/** Whether a reviewed question was answered right, wrong, or not at all. */
export function verdictOf(question: Pick<ReviewedQuestion, 'chosenOptionId' | 'correct'>): Verdict {
  if (question.chosenOptionId === null) return 'unanswered';
  return question.correct ? 'right' : 'wrong';
}

/** How many reviewed questions were right, wrong and unanswered. */
export function reviewTally(review: readonly Pick<ReviewedQuestion, 'chosenOptionId' | 'correct'>[]): Record<Verdict, number> {
  const tally: Record<Verdict, number> = { right: 0, wrong: 0, unanswered: 0 };
  for (const question of review) tally[verdictOf(question)]++;
  return tally;
}

const ENDED: readonly MySession['status'][] = ['submitted', 'closed', 'abandoned'];

/**
 * The worker's finished attempts (submitted, closed or abandoned), the most recently ended first;
 * one that ended without a recorded time (closed before it started) sorts by its window's close.
 */
export function finishedAttempts<T extends Pick<MySession, 'status' | 'submittedAt' | 'closesAt'>>(sessions: readonly T[]): T[] {
  const endOf = (session: T) => Date.parse(session.submittedAt ?? session.closesAt);
  return sessions.filter((session) => ENDED.includes(session.status)).sort((a, b) => endOf(b) - endOf(a));
}
