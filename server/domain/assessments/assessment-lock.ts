import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { assessments, examSessions } from '../../db/schema.js';
import { conflict, msg, notFound, type Text } from '../../errors.js';

export type AssessmentRow = typeof assessments.$inferSelect;

export const lockedError = (text: Text) => conflict('locked', text);

export const QUESTIONS_LOCKED = msg('assessment.questionsLocked');

export async function requireAssessment(db: Db, assessmentId: string): Promise<AssessmentRow> {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, assessmentId));
  if (!row) throw notFound('Assessment');
  return row;
}

/** Takes the assessment row FOR UPDATE: authoring writes to one assessment (assignment included) queue here. */
export async function lockAssessmentRow(tx: Db, assessmentId: string): Promise<AssessmentRow> {
  const [assessment] = await tx.select().from(assessments).where(eq(assessments.id, assessmentId)).for('update');
  if (!assessment) throw notFound('Assessment');
  return assessment;
}

/**
 * lockAssessmentRow, and whether any session (current or replaced by a reset) has started. The
 * sessions are read FOR SHARE: a start (which updates its session row) waits for this transaction,
 * and a start already under way is waited for and then seen, so the answer holds until commit.
 */
export async function lockAssessment(tx: Db, assessmentId: string): Promise<{ assessment: AssessmentRow; started: boolean }> {
  const assessment = await lockAssessmentRow(tx, assessmentId);
  const sessions = await tx.select({ status: examSessions.status }).from(examSessions).where(eq(examSessions.assessmentId, assessmentId)).for('share');
  return { assessment, started: sessions.some((s) => s.status !== 'not_started') };
}

/** lockAssessment for changes to the question bank: 409 locked once a worker has started. */
export async function lockQuestionBank(tx: Db, assessmentId: string): Promise<AssessmentRow> {
  const { assessment, started } = await lockAssessment(tx, assessmentId);
  if (started) throw lockedError(QUESTIONS_LOCKED);
  return assessment;
}
