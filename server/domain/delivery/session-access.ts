import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { assessments, examSessions } from '../../db/schema.js';
import { AppError, conflict, msg, notFound } from '../../errors.js';
import type { Actor } from '../../policies/policy.js';
import { authorize } from '../../policies/policy.js';

export type SessionRow = typeof examSessions.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;
export type LoadedSession = { session: SessionRow; assessment: AssessmentRow; now: Date };

/**
 * Loads a session with its assessment and the database's clock. Coachees find only their own live
 * sessions (authorization in the WHERE clause: anything else is 404); staff find any.
 * `lock`: 'share' lets saves run side by side while keeping a close or submit waiting; 'update'
 * serialises state changes.
 */
export async function loadSession(db: Db, actor: Actor, sessionId: string, lock?: 'share' | 'update'): Promise<LoadedSession> {
  const ownOnly = actor.role === 'coachee';
  const query = db
    // clock_timestamp(), not now(): a locking read may wait for another transaction (a parallel start),
    // and now() is when this transaction began, before that wait; a row changed meanwhile is read again
    // after the wait, clock included. A stale clock gave a resumed view more time left than the duration.
    .select({ session: examSessions, assessment: assessments, now: sql<Date>`clock_timestamp()`.mapWith((v) => new Date(v)) })
    .from(examSessions)
    .innerJoin(assessments, eq(assessments.id, examSessions.assessmentId))
    .where(and(eq(examSessions.id, sessionId), ownOnly ? eq(examSessions.userId, actor.id) : undefined, ownOnly ? sql`${examSessions.replacedAt} is null` : undefined));
  const [row] = await (lock ? query.for(lock === 'share' ? 'share' : 'update', { of: examSessions }) : query);
  if (!row || (ownOnly && !row.assessment.published)) throw notFound('Exam session');
  authorize(actor, ownOnly ? 'session:take' : 'session:view-result', row.session);
  return row;
}

/** A worker on one device: a device is a login session, known by its token hash. */
export type WorkerOnDevice = Actor & { tokenHash: string };

/** True when this device may write to the session: it holds the exam, or no device does yet. */
export function holdsExam(session: Pick<SessionRow, 'activeLoginSession'>, device: WorkerOnDevice): boolean {
  return session.activeLoginSession === null || session.activeLoginSession === device.tokenHash;
}

/**
 * Throws 409 `taken_over` when another device of the worker has started the exam since this one
 * did. Call it on a row read under the lock the write takes, so a take-over cannot slip between
 * the check and the write.
 */
export function assertHoldsExam(session: Pick<SessionRow, 'activeLoginSession'>, device: WorkerOnDevice): void {
  if (!holdsExam(session, device)) {
    throw conflict('taken_over', msg('session.takenOver'));
  }
}

/** Time left on the server's clock; while paused it stands still at what was left when HC paused. */
export function remainingMs(session: SessionRow, now: Date): number | null {
  if (session.status !== 'in_progress' || !session.deadline) return null;
  return Math.max(0, session.deadline.getTime() - (session.pausedAt ?? now).getTime());
}

export function clockOf(session: SessionRow, now: Date) {
  return { deadline: session.deadline?.toISOString() ?? null, serverNow: now.toISOString(), remainingMs: remainingMs(session, now), paused: session.pausedAt !== null };
}

/** The contract's 409 for a session that no longer (or not yet) takes answers. */
export function notTakingAnswers(session: Pick<SessionRow, 'status'>): AppError {
  switch (session.status) {
    case 'not_started':
      return conflict('not_started', msg('session.notStarted'));
    case 'submitted':
      return conflict('already_submitted', msg('session.alreadySubmitted'));
    case 'closed':
      return conflict('exam_closed', msg('session.closedByHc'));
    default:
      return conflict('time_up', msg('session.timeUp'));
  }
}
