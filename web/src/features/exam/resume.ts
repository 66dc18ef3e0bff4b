import type { SessionView } from '@common/schemas/sessions';
import type { AnswerChange } from './autosave/outboxStore';

/** The answers to show on resume: the server's, overlaid with this device's unsent newer changes. */
export function answersAfterResume(view: SessionView, kept: readonly AnswerChange[]): Record<string, string | null> {
  const answers: Record<string, string | null> = { ...view.answers };
  for (const change of kept) answers[change.questionId] = change.optionId;
  return answers;
}

/** The page to open: a page change that never reached the server, else the server's; always a real page. */
export function pageAfterResume(view: SessionView, unsentPosition: number | null): number {
  const page = unsentPosition ?? view.pageIndex;
  return Math.min(Math.max(0, page), Math.max(0, view.pageCount - 1));
}

/** How many of the session's questions have an answer. */
export function countAnswered(questions: readonly { id: string }[], answers: Record<string, string | null>): number {
  return questions.filter((question) => answers[question.id] != null).length;
}
