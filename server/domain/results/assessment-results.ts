import { asc, eq, sql } from 'drizzle-orm';
import type { AssessmentResults } from '../../../common/schemas/results.js';
import type { Db } from '../../db/database.js';
import { qualified } from '../../db/qualified.js';
import { assessments, examSessions, questionPackages, questions, sessionAnswers, users } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { attemptNumber } from './attempt-number.js';

const thisSession = qualified(examSessions.id);

/**
 * Every attempt of an assessment, one row each, in one query: earlier attempts of a reset stay,
 * marked `replaced`, and `attempt` numbers each worker's attempts 1, 2, ... by creation (a reset's
 * fresh session is created after the one it replaces). Counts are correlated subqueries, so the
 * cost does not grow with round trips. No NIP, email or username (admin-only fields).
 * Throws not_found (404) for an unknown assessment.
 */
export async function assessmentResults(db: Db, assessmentId: string): Promise<AssessmentResults> {
  const [assessment] = await db
    .select({ id: assessments.id, title: assessments.title, passScore: assessments.passScore, timeZone: assessments.timeZone })
    .from(assessments)
    .where(eq(assessments.id, assessmentId));
  if (!assessment) throw notFound('Assessment');
  const rows = await db
    .select({
      sessionId: examSessions.id,
      workerName: users.name,
      unit: users.unit,
      packageName: questionPackages.name,
      attempt: attemptNumber(),
      replacedAt: examSessions.replacedAt,
      status: examSessions.status,
      score: examSessions.scorePercent,
      scorePoints: examSessions.scorePoints,
      maxPoints: examSessions.maxPoints,
      passed: examSessions.passed,
      answeredCount: sql<number>`(select count(*)::int from ${sessionAnswers} a where a.session_id = ${thisSession} and a.option_id is not null)`,
      questionCount: sql<number>`(select count(*)::int from ${questions} q where q.package_id = ${qualified(examSessions.packageId)})`,
      startedAt: examSessions.startedAt,
      submittedAt: examSessions.submittedAt,
      submitKind: examSessions.submitKind,
    })
    .from(examSessions)
    .innerJoin(users, eq(users.id, examSessions.userId))
    .innerJoin(questionPackages, eq(questionPackages.id, examSessions.packageId))
    .where(eq(examSessions.assessmentId, assessmentId))
    .orderBy(asc(users.name), asc(examSessions.userId), asc(examSessions.createdAt), asc(examSessions.id));
  return {
    assessment,
    results: rows.map(({ replacedAt, startedAt, submittedAt, ...row }) => ({
      ...row,
      replaced: replacedAt !== null,
      startedAt: startedAt?.toISOString() ?? null,
      submittedAt: submittedAt?.toISOString() ?? null,
      timeUsedMs: startedAt && submittedAt ? submittedAt.getTime() - startedAt.getTime() : null,
    })),
  };
}
