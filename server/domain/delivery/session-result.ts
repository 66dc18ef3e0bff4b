import { asc, eq } from 'drizzle-orm';
import { answerEvents } from '../../db/schema.js';
import { conflict } from '../../errors.js';
import type { Actor } from '../../policies/policy.js';
import type { DeliveryContext } from './delivery-context.js';
import { loadSession } from './session-access.js';
import { orderedQuestions, savedAnswers } from './session-view.js';

const ENDED = ['submitted', 'closed', 'abandoned'];

/**
 * A finished session's result. The worker sees score and pass/fail, and the per-question review
 * only when the assessment allows it; HC and admin always see the review.
 */
export async function sessionResult(ctx: DeliveryContext, actor: Actor, sessionId: string) {
  const loaded = await loadSession(ctx.db, actor, sessionId);
  const { session, assessment } = loaded;
  if (!ENDED.includes(session.status)) throw conflict('not_submitted', 'The result is available once the exam has been submitted.');
  const catalog = await ctx.catalogs.get(ctx.db, session);
  const chosen = new Map((await savedAnswers(ctx.db, session.id)).map((a) => [a.questionId, a.optionId]));
  const showReview = actor.role !== 'coachee' || assessment.allowReview;
  return {
    sessionId: session.id,
    title: assessment.title,
    status: session.status,
    submittedAt: session.submittedAt?.toISOString() ?? null,
    submitKind: session.submitKind,
    score: session.scorePercent ?? 0,
    scorePoints: session.scorePoints ?? 0,
    maxPoints: session.maxPoints ?? catalog.maxPoints,
    passScore: assessment.passScore,
    passed: session.passed ?? false,
    answeredCount: [...chosen.values()].filter((o) => o !== null).length,
    questionCount: catalog.questions.length,
    review: showReview
      ? orderedQuestions(catalog, loaded).map((q) => {
          const correctOptionId = q.options.find((o) => o.isCorrect)!.id;
          const chosenOptionId = chosen.get(q.id) ?? null;
          return {
            questionId: q.id,
            text: q.text,
            points: q.points,
            chosenOptionId,
            correctOptionId,
            correct: chosenOptionId === correctOptionId,
            options: q.options.map((o) => ({ id: o.id, text: o.text })),
          };
        })
      : null,
  };
}

/** Every save request of a session, applied or stale, with server time, seq and the device's time. */
export async function sessionTimeline(ctx: DeliveryContext, actor: Actor, sessionId: string) {
  await loadSession(ctx.db, actor, sessionId);
  const rows = await ctx.db.select().from(answerEvents).where(eq(answerEvents.sessionId, sessionId)).orderBy(asc(answerEvents.id));
  return {
    events: rows.map((e) => ({
      questionId: e.questionId,
      optionId: e.optionId,
      seq: e.seq,
      applied: e.applied,
      serverTime: e.serverTime.toISOString(),
      clientTime: e.clientTime?.toISOString() ?? null,
    })),
  };
}
