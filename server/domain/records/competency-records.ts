import { asc, desc, eq, min } from 'drizzle-orm';
import type { AssessmentTimeZone } from '../../../common/schemas/assessments.js';
import type { Db } from '../../db/database.js';
import { assessments, competencies, competencyAchievements, examSessions } from '../../db/schema.js';

export type CompetencyRecordRow = {
  competencyId: string;
  code: string;
  name: string;
  achievedAt: Date;
  assessmentId: string;
  assessmentTitle: string;
  assessmentTimeZone: AssessmentTimeZone;
};

/**
 * The competencies a worker holds: one row per (competency, certifying assessment) with the first
 * time it was achieved there (a reset attempt that passed again adds no second row), newest first.
 * Achievements follow pass marks (delivery at submission, re-scoring after a pass-score change or
 * a re-key), so this is always the current record.
 */
export async function competencyRecordsOf(db: Db, userId: string): Promise<CompetencyRecordRow[]> {
  const achievedAt = min(competencyAchievements.achievedAt).mapWith((v) => new Date(v));
  return db
    .select({
      competencyId: competencies.id,
      code: competencies.code,
      name: competencies.name,
      achievedAt,
      assessmentId: assessments.id,
      assessmentTitle: assessments.title,
      assessmentTimeZone: assessments.timeZone,
    })
    .from(competencyAchievements)
    .innerJoin(competencies, eq(competencies.id, competencyAchievements.competencyId))
    .innerJoin(examSessions, eq(examSessions.id, competencyAchievements.sessionId))
    .innerJoin(assessments, eq(assessments.id, examSessions.assessmentId))
    .where(eq(competencyAchievements.userId, userId))
    .groupBy(competencies.id, assessments.id)
    .orderBy(desc(achievedAt), asc(competencies.name), asc(assessments.title));
}
