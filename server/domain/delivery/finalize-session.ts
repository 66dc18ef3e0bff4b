import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { assessmentCompetencies, competencyAchievements, examSessions, SUBMIT_KINDS } from '../../db/schema.js';
import { publishEvent } from '../../realtime/domain-events.js';
import { recordActivity } from './activity-log.js';
import type { DeliveryContext } from './delivery-context.js';
import type { LoadedSession } from './session-access.js';
import { savedAnswers } from './session-view.js';
import { scoreAnswers } from './scoring.js';

export type SubmitKind = (typeof SUBMIT_KINDS)[number];
export type FinalStatus = 'submitted' | 'closed' | 'abandoned';

/**
 * Ends a running session and scores it from its saved answers: the one place where every ending
 * (worker submit, deadline sweep, HC close, forced submit) goes through. The caller holds the row
 * FOR UPDATE; the UPDATE is still conditional on 'in_progress', so an ending happens exactly once.
 * Passing records the competencies the assessment certifies; the ending goes into the attempt's
 * timeline as `submitted` with its kind.
 */
export async function finalizeSession(ctx: DeliveryContext, tx: Db, loaded: LoadedSession, status: FinalStatus, kind: SubmitKind, reason: string) {
  const { session, assessment, now } = loaded;
  const catalog = await ctx.catalogs.withCurrentKey(tx, session);
  const score = scoreAnswers(catalog, await savedAnswers(tx, session.id), assessment.passScore);
  const [ended] = await tx
    .update(examSessions)
    .set({
      status,
      submittedAt: sql`now()`,
      submitKind: kind,
      scorePoints: score.scorePoints,
      maxPoints: score.maxPoints,
      scorePercent: score.percent,
      passed: score.passed,
    })
    .where(and(eq(examSessions.id, session.id), inArray(examSessions.status, ['in_progress', 'not_started'])))
    .returning();
  if (!ended) return null;
  if (score.passed && status === 'submitted') {
    const certified = await tx.select({ competencyId: assessmentCompetencies.competencyId }).from(assessmentCompetencies).where(eq(assessmentCompetencies.assessmentId, assessment.id));
    if (certified.length) {
      await tx
        .insert(competencyAchievements)
        .values(certified.map((c) => ({ userId: session.userId, competencyId: c.competencyId, sessionId: session.id })))
        .onConflictDoNothing();
    }
  }
  await recordActivity(tx, session.id, 'submitted', { submitKind: kind, status });
  await publishEvent(tx, { type: 'session_status', sessionId: session.id, assessmentId: assessment.id, status, reason, deadline: ended.deadline?.toISOString() ?? null, at: now.toISOString() });
  return { session: ended, score };
}
