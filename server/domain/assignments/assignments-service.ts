import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Assignment } from '../../../common/schemas/assignments.js';
import type { Db } from '../../db/database.js';
import { examSessions, questionPackages, users } from '../../db/schema.js';
import { msg, notFound } from '../../errors.js';
import { lockAssessmentRow, lockedError, requireAssessment } from '../assessments/assessment-lock.js';
import { recordAudit } from '../audit.js';

/** The live session of each assigned worker (of `userIds` only, when given), by worker name. */
export async function listAssignments(db: Db, assessmentId: string, userIds?: string[]): Promise<Assignment[]> {
  await requireAssessment(db, assessmentId);
  if (userIds && !userIds.length) return [];
  return db
    .select({
      sessionId: examSessions.id,
      userId: examSessions.userId,
      workerName: users.name,
      unit: users.unit,
      packageName: questionPackages.name,
      status: examSessions.status,
    })
    .from(examSessions)
    .innerJoin(users, eq(users.id, examSessions.userId))
    .innerJoin(questionPackages, eq(questionPackages.id, examSessions.packageId))
    .where(and(eq(examSessions.assessmentId, assessmentId), isNull(examSessions.replacedAt), userIds ? inArray(examSessions.userId, userIds) : undefined))
    .orderBy(asc(users.name), asc(users.id));
}

const STARTED = msg('assignment.workerStarted');

/** Only before the worker starts: a started session is a result, not an assignment. */
export async function unassignWorker(db: Db, actorId: string, assessmentId: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockAssessmentRow(tx, assessmentId);
    const mine = and(eq(examSessions.assessmentId, assessmentId), eq(examSessions.userId, userId));
    const sessions = await tx.select({ id: examSessions.id, status: examSessions.status }).from(examSessions).where(mine);
    if (!sessions.length) throw notFound('Assignment');
    if (sessions.some((s) => s.status !== 'not_started')) throw lockedError(STARTED);
    const deleted = await tx
      .delete(examSessions)
      .where(and(mine, eq(examSessions.status, 'not_started')))
      .returning({ id: examSessions.id });
    // A start that slipped in between the read and the delete keeps its row: undo the rest too.
    if (deleted.length !== sessions.length) throw lockedError(STARTED);
    await recordAudit(tx, { actorId, action: 'assessment.unassign', targetType: 'assessment', targetId: assessmentId, before: { userId } });
  });
}
