import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { assessments, examSessions } from '../../db/schema.js';
import { conflict, msg, notFound } from '../../errors.js';
import type { Actor } from '../../policies/policy.js';
import { recordAudit } from '../audit.js';
import type { DeliveryContext } from '../delivery/delivery-context.js';
import { finalizeSession } from '../delivery/finalize-session.js';
import { extendLocked, type ControlInput } from './session-controls.js';

/** The live sessions of an assessment, locked in a stable order so two HC actions never deadlock. */
async function lockLiveSessions(tx: DeliveryContext['db'], assessmentId: string) {
  const [assessment] = await tx.select().from(assessments).where(eq(assessments.id, assessmentId)).for('update');
  if (!assessment) throw notFound('Assessment');
  const sessions = await tx
    .select({ session: examSessions, now: sql<Date>`now()`.mapWith((v) => new Date(v)) })
    .from(examSessions)
    .where(and(eq(examSessions.assessmentId, assessmentId), isNull(examSessions.replacedAt), inArray(examSessions.status, ['not_started', 'in_progress'])))
    .orderBy(examSessions.id)
    .for('update');
  return { assessment, sessions };
}

/** Closes the whole assessment now: nobody can start any more, running sessions end and are scored. */
export async function closeAssessment(ctx: DeliveryContext, actor: Actor, assessmentId: string, input: ControlInput) {
  return ctx.db.transaction(async (tx) => {
    const { assessment, sessions } = await lockLiveSessions(tx, assessmentId);
    if (assessment.closedAt) throw conflict('invalid_state', msg('assessment.alreadyClosed'), { current: { closedAt: assessment.closedAt.toISOString() } });
    await tx.update(assessments).set({ closedAt: sql`now()` }).where(eq(assessments.id, assessmentId));
    for (const { session, now } of sessions) await finalizeSession(ctx, tx, { session, assessment, now }, 'closed', 'closed', 'closed');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'assessment.close',
      targetType: 'assessment',
      targetId: assessmentId,
      reason: input.reason,
      before: { closedAt: null, liveSessions: sessions.length },
      after: { closed: sessions.length },
    });
    return { closed: sessions.length };
  });
}

/** Gives every worker of the assessment who has not finished N more minutes. */
export async function extendAssessment(ctx: DeliveryContext, actor: Actor, assessmentId: string, input: ControlInput & { minutes: number }) {
  return ctx.db.transaction(async (tx) => {
    const { sessions } = await lockLiveSessions(tx, assessmentId);
    for (const { session } of sessions) await extendLocked(tx, session, input.minutes);
    await recordAudit(tx, { actorId: actor.id, action: 'assessment.extend', targetType: 'assessment', targetId: assessmentId, reason: input.reason, after: { minutes: input.minutes, sessions: sessions.length } });
    return { extended: sessions.length };
  });
}
