import type { z } from 'zod';
import type { resultResponse } from '../../../common/schemas/sessions.js';
import { conflict, msg } from '../../errors.js';
import type { Actor } from '../../policies/policy.js';
import type { DeliveryContext } from './delivery-context.js';
import { loadSession } from './session-access.js';
import { orderedQuestions, savedAnswers } from './session-view.js';

const ENDED = ['submitted', 'closed', 'abandoned'];

/**
 * A finished session's result -> `resultResponse`. The worker sees score and pass/fail, and the
 * per-question review (chosen and correct option) only when the assessment allows it; otherwise
 * `review` is null and no correct option leaves the server. HC and admin always get the review:
 * the answer sheet, each question at the position the worker saw it, with the time its answer was
 * saved. Throws not_found (404) for another worker's session, not_submitted (409) before the end.
 */
export async function sessionResult(ctx: DeliveryContext, actor: Actor, sessionId: string): Promise<z.infer<typeof resultResponse>> {
  const loaded = await loadSession(ctx.db, actor, sessionId);
  const { session, assessment } = loaded;
  if (!ENDED.includes(session.status)) throw conflict('not_submitted', msg('session.notSubmitted'));
  const catalog = await ctx.catalogs.withCurrentKey(ctx.db, session);
  const saved = new Map((await savedAnswers(ctx.db, session.id)).map((a) => [a.questionId, a]));
  const showReview = actor.role !== 'coachee' || assessment.allowReview;
  return {
    sessionId: session.id,
    title: assessment.title,
    status: session.status,
    submittedAt: session.submittedAt?.toISOString() ?? null,
    submitKind: session.submitKind,
    timeZone: assessment.timeZone,
    score: session.scorePercent ?? 0,
    scorePoints: session.scorePoints ?? 0,
    maxPoints: session.maxPoints ?? catalog.maxPoints,
    passScore: assessment.passScore,
    passed: session.passed ?? false,
    answeredCount: [...saved.values()].filter((a) => a.optionId !== null).length,
    questionCount: catalog.questions.length,
    review: showReview
      ? orderedQuestions(catalog, loaded).map((q, index) => {
          const correctOptionId = q.options.find((o) => o.isCorrect)!.id;
          const answer = saved.get(q.id);
          const chosenOptionId = answer?.optionId ?? null;
          return {
            questionId: q.id,
            position: index + 1,
            text: q.text,
            points: q.points,
            chosenOptionId,
            correctOptionId,
            correct: chosenOptionId === correctOptionId,
            savedAt: answer?.savedAt.toISOString() ?? null,
            options: q.options.map((o) => ({ id: o.id, text: o.text })),
          };
        })
      : null,
  };
}
