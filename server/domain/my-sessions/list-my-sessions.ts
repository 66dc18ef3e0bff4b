import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { assessments, examSessions } from '../../db/schema.js';

/**
 * The worker's live sessions of published assessments, newest window first, with the score
 * (percent 0-100, null until scored) and the assessment's pass mark. Drafts stay invisible.
 */
export async function listMySessions(db: Db, userId: string) {
  return db
    .select({
      id: examSessions.id,
      assessmentId: assessments.id,
      title: assessments.title,
      status: examSessions.status,
      opensAt: assessments.opensAt,
      closesAt: assessments.closesAt,
      timeZone: assessments.timeZone,
      durationMinutes: assessments.durationMinutes,
      deadline: examSessions.deadline,
      submittedAt: examSessions.submittedAt,
      score: examSessions.scorePercent,
      passed: examSessions.passed,
      passScore: assessments.passScore,
    })
    .from(examSessions)
    .innerJoin(assessments, eq(assessments.id, examSessions.assessmentId))
    .where(and(eq(examSessions.userId, userId), isNull(examSessions.replacedAt), eq(assessments.published, true)))
    .orderBy(desc(assessments.opensAt), desc(assessments.closesAt), desc(examSessions.createdAt));
}

export type MySessionRow = Awaited<ReturnType<typeof listMySessions>>[number];
