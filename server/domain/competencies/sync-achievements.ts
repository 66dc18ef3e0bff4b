import { and, eq, inArray, not, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { assessmentCompetencies, competencyAchievements, examSessions } from '../../db/schema.js';

/**
 * Makes the achievement records of one assessment agree with its sessions' pass marks, by the rule
 * delivery applies at submission: a session submitted with a pass holds every competency the
 * assessment certifies, any other session holds none. Run after pass marks change (re-scoring),
 * in the same transaction.
 */
export async function syncAchievements(tx: Db, assessmentId: string): Promise<void> {
  const earns = and(eq(examSessions.passed, true), eq(examSessions.status, 'submitted'));
  const notEarning = tx
    .select({ id: examSessions.id })
    .from(examSessions)
    .where(and(eq(examSessions.assessmentId, assessmentId), not(sql`coalesce(${earns}, false)`)));
  await tx.delete(competencyAchievements).where(inArray(competencyAchievements.sessionId, notEarning));
  await tx
    .insert(competencyAchievements)
    .select(
      tx
        .select({
          userId: examSessions.userId,
          competencyId: assessmentCompetencies.competencyId,
          sessionId: examSessions.id,
          achievedAt: sql<Date>`coalesce(${examSessions.submittedAt}, now())`.as('achieved_at'),
        })
        .from(examSessions)
        .innerJoin(assessmentCompetencies, eq(assessmentCompetencies.assessmentId, examSessions.assessmentId))
        .where(and(eq(examSessions.assessmentId, assessmentId), earns)),
    )
    .onConflictDoNothing();
}
