import { eq, sql } from 'drizzle-orm';
import type { AttemptSummary } from '../../../common/schemas/attempts.js';
import type { Db } from '../../db/database.js';
import { qualified } from '../../db/qualified.js';
import { examSessions, questionPackages, users } from '../../db/schema.js';
import type { LoadedSession } from '../delivery/session-access.js';

/** Alias of the worker's other sessions in the correlated subqueries. */
const other = sql.raw('other_session');

/**
 * Who, what and when of one attempt (a session loaded by loadSession) -> AttemptSummary, plus the
 * id of the attempt a reset replaced with this one (null for a first attempt). `attempt` numbers
 * the worker's attempts at the assessment by creation, as the results list does. One query.
 */
export async function attemptSummary(db: Db, { session, assessment }: LoadedSession): Promise<{ summary: AttemptSummary; previousAttemptId: string | null }> {
  const [row] = await db
    .select({
      workerName: users.name,
      unit: users.unit,
      packageName: questionPackages.name,
      attempt: sql<number>`(select count(*)::int from ${examSessions} ${other}
        where ${other}.assessment_id = ${qualified(examSessions.assessmentId)} and ${other}.user_id = ${qualified(examSessions.userId)}
          and (${other}.created_at, ${other}.id) <= (${qualified(examSessions.createdAt)}, ${qualified(examSessions.id)}))`,
      previousAttemptId: sql<string | null>`(select ${other}.id from ${examSessions} ${other}
        where ${other}.user_id = ${qualified(examSessions.userId)} and ${other}.replaced_by = ${qualified(examSessions.id)})`,
    })
    .from(examSessions)
    .innerJoin(users, eq(users.id, examSessions.userId))
    .innerJoin(questionPackages, eq(questionPackages.id, examSessions.packageId))
    .where(eq(examSessions.id, session.id));
  const { previousAttemptId, ...names } = row!;
  return {
    previousAttemptId,
    summary: {
      sessionId: session.id,
      assessmentId: assessment.id,
      assessmentTitle: assessment.title,
      timeZone: assessment.timeZone,
      ...names,
      replaced: session.replacedAt !== null,
      status: session.status,
      startedAt: session.startedAt?.toISOString() ?? null,
      deadline: session.deadline?.toISOString() ?? null,
      submittedAt: session.submittedAt?.toISOString() ?? null,
      submitKind: session.submitKind,
      extensionMinutes: session.extensionMinutes,
      score: session.scorePercent,
      passed: session.passed,
      passScore: assessment.passScore,
    },
  };
}
