import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { assessments, coachLinks, examSessions, users } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { attemptNumber } from '../results/attempt-number.js';
import { authorize, type Actor } from '../../policies/policy.js';
import { competencyRecordsOf } from './competency-records.js';

/**
 * What a coach sees of one coachee: name and unit, every attempt of a published assessment (no
 * answers) and the competency records. Only a coachee linked to the coach in coach_links is
 * found; anyone else is 404 `not_found`, so existence does not leak.
 * `attempt` numbers the worker's sessions of one assessment by creation, as the results do.
 */
export async function coacheeRecords(db: Db, coach: Actor, coacheeId: string) {
  const [coachee] = await db
    .select({ id: users.id, name: users.name, unit: users.unit, coachId: coachLinks.coachId })
    .from(coachLinks)
    .innerJoin(users, eq(users.id, coachLinks.coacheeId))
    .where(and(eq(coachLinks.coachId, coach.id), eq(coachLinks.coacheeId, coacheeId)));
  if (!coachee) throw notFound('Coachee');
  authorize(coach, 'coachee-records:view', coachee);
  const attempt = attemptNumber();
  const results = await db
    .select({
      assessmentId: assessments.id,
      assessmentTitle: assessments.title,
      assessmentTimeZone: assessments.timeZone,
      sessionId: examSessions.id,
      attempt,
      replacedAt: examSessions.replacedAt,
      status: examSessions.status,
      score: examSessions.scorePercent,
      passScore: assessments.passScore,
      passed: examSessions.passed,
      submittedAt: examSessions.submittedAt,
    })
    .from(examSessions)
    .innerJoin(assessments, eq(assessments.id, examSessions.assessmentId))
    .where(and(eq(examSessions.userId, coachee.id), eq(assessments.published, true)))
    .orderBy(desc(assessments.opensAt), asc(assessments.id), asc(attempt));
  return { coachee, results, competencies: await competencyRecordsOf(db, coachee.id) };
}
