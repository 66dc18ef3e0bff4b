import { and, count, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { SaveAnswerRequest } from '../../../common/schemas/sessions.js';
import { answerEvents, sessionAnswers } from '../../db/schema.js';
import { conflict, notFound, validationError } from '../../errors.js';
import { publishEvent } from '../../realtime/domain-events.js';
import type { DeliveryContext } from './delivery-context.js';
import { assertHoldsExam, loadSession, notTakingAnswers, type WorkerOnDevice } from './session-access.js';

/**
 * The autosave path. One transaction:
 *  1. the session row is read FOR SHARE: saves of one session run side by side, but an HC close,
 *     a submit or another device's start waits for them (and they for it), so no answer slips in
 *     after the exam ended or moved to another device (409 `taken_over`);
 *  2. one upsert per (session, question) guarded by the client's seq in the statement itself, so
 *     the newest choice wins whatever order requests arrive in, and a replay changes nothing;
 *  3. an append-only event for the timeline, applied or not.
 */
export async function saveAnswer(ctx: DeliveryContext, actor: WorkerOnDevice, sessionId: string, questionId: string, input: SaveAnswerRequest) {
  const outcome = await ctx.db.transaction(async (tx) => {
    const { session, now } = await loadSession(tx, actor, sessionId, 'share');
    const catalog = await ctx.catalogs.get(tx, session);
    const question = catalog.byId.get(questionId);
    if (!question) throw notFound('Question');
    if (input.optionId !== null && !question.options.some((o) => o.id === input.optionId)) {
      throw validationError('That option does not belong to this question.', [{ path: 'optionId', message: 'Choose one of the options of this question.' }]);
    }
    if (session.status !== 'in_progress') throw notTakingAnswers(session);
    assertHoldsExam(session, actor);
    if (session.pausedAt) throw conflict('paused', 'HC has paused this exam. Your answers are safe; wait until it resumes.');
    if (now.getTime() > session.deadline!.getTime() + ctx.saveGraceMs) throw conflict('time_up', 'Time is up for this exam. Your saved answers are kept and scored.');

    const clientTime = input.clientTime ? new Date(input.clientTime) : null;
    const [saved] = await tx
      .insert(sessionAnswers)
      .values({ sessionId, questionId, optionId: input.optionId, seq: input.seq, clientTime })
      .onConflictDoUpdate({
        target: [sessionAnswers.sessionId, sessionAnswers.questionId],
        set: { optionId: sql`excluded.option_id`, seq: sql`excluded.seq`, clientTime: sql`excluded.client_time`, savedAt: sql`now()` },
        setWhere: lt(sessionAnswers.seq, sql`excluded.seq`),
      })
      .returning();
    await tx.insert(answerEvents).values({ sessionId, questionId, optionId: input.optionId, seq: input.seq, clientTime, applied: Boolean(saved) });

    if (!saved) {
      // Stale: commit the timeline event, then answer 409 with what the server holds.
      const [current] = await tx
        .select({ optionId: sessionAnswers.optionId, seq: sessionAnswers.seq })
        .from(sessionAnswers)
        .where(and(eq(sessionAnswers.sessionId, sessionId), eq(sessionAnswers.questionId, questionId)));
      return { stale: true as const, current: current! };
    }
    const [{ answered }] = (await tx
      .select({ answered: count() })
      .from(sessionAnswers)
      .where(and(eq(sessionAnswers.sessionId, sessionId), isNotNull(sessionAnswers.optionId)))) as [{ answered: number }];
    // The event names the question rather than a count: concurrent saves of one session cannot see
    // each other's uncommitted rows, but a set of answered questions converges whatever the order.
    await publishEvent(tx, { type: 'answer_saved', sessionId, assessmentId: session.assessmentId, questionId, answered: input.optionId !== null, at: now.toISOString() });
    return {
      stale: false as const,
      saved: { questionId, optionId: saved.optionId, seq: saved.seq, savedAt: saved.savedAt.toISOString(), answeredCount: answered },
    };
  });
  // The current answer rides both at the top level and under `current`, for clients of either reading of the contract.
  if (outcome.stale) throw conflict('stale', 'A newer answer to this question is already saved.', { ...outcome.current, current: outcome.current });
  return outcome.saved;
}
