import type { DeliveryContext } from './delivery-context.js';
import { finalizeSession } from './finalize-session.js';
import { assertHoldsExam, loadSession, notTakingAnswers, type SessionRow, type WorkerOnDevice } from './session-access.js';
import { savedAnswers } from './session-view.js';
import { scoreAnswers } from './scoring.js';

const resultOf = (session: SessionRow, answeredCount: number, questionCount: number) => ({
  status: 'submitted' as const,
  score: session.scorePercent ?? 0,
  passed: session.passed ?? false,
  answeredCount,
  questionCount,
});

/**
 * The worker's submit. Waits for in-flight saves (FOR UPDATE against their FOR SHARE), scores the
 * saved answers, and answers a repeated submit with the stored result instead of a second one.
 * A submit after the deadline is accepted the same way: it scores what was saved in time, exactly
 * as the sweeper would a moment later. From a device that no longer holds the exam: 409 `taken_over`
 * (it would grade answers that device never showed).
 */
export async function submitSession(ctx: DeliveryContext, actor: WorkerOnDevice, sessionId: string) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadSession(tx, actor, sessionId, 'update');
    const { session, assessment } = loaded;
    if (session.status === 'in_progress') {
      assertHoldsExam(session, actor);
      // A submit that arrives after the deadline is the page's own time-up: record it as automatic.
      const late = loaded.now > session.deadline!;
      const ended = await finalizeSession(ctx, tx, loaded, 'submitted', late ? 'auto' : 'worker', late ? 'auto_submitted' : 'submitted');
      return resultOf(ended!.session, ended!.score.answeredCount, ended!.score.questionCount);
    }
    if (session.status !== 'submitted') throw notTakingAnswers(session);
    const catalog = await ctx.catalogs.get(tx, session);
    const { answeredCount, questionCount } = scoreAnswers(catalog, await savedAnswers(tx, session.id), assessment.passScore);
    return resultOf(session, answeredCount, questionCount);
  });
}
