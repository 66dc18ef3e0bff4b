import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { examSessions } from '../../db/schema.js';
import { syncAchievements } from '../competencies/sync-achievements.js';

/**
 * After the pass score changes: every scored session of the assessment (current or replaced) is
 * passed again exactly when score_percent >= the new pass score; the percentages stay as they
 * were, and the competency records follow the new pass marks. Returns how many sessions were re-marked.
 */
export async function rescoreSessions(tx: Db, assessmentId: string, passScore: number): Promise<number> {
  const rescored = await tx
    .update(examSessions)
    .set({ passed: sql`${examSessions.scorePercent} >= ${passScore}` })
    .where(and(eq(examSessions.assessmentId, assessmentId), isNotNull(examSessions.scorePercent)))
    .returning({ id: examSessions.id });
  if (rescored.length) await syncAchievements(tx, assessmentId);
  return rescored.length;
}
