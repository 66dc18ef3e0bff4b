import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { examSessions, sessionAnswers } from '../../db/schema.js';
import { syncAchievements } from '../competencies/sync-achievements.js';
import { loadCatalog } from '../delivery/package-catalog.js';
import { scoreAnswers } from '../delivery/scoring.js';
import { groupBy } from '../question-bank/packages-service.js';

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

/** Sessions whose answers are read per round trip: bounds memory (about 50 answers each) and query size. */
const SCORING_BATCH = 500;

export type ScoreSummary = {
  /** Scored attempts (current and replaced). */
  attempts: number;
  passed: number;
  /** Mean percent 0-100, two decimals; null without attempts. */
  meanScore: number | null;
};

export type PackageRescore = { rescored: number; changed: number; before: ScoreSummary; after: ScoreSummary };

const summarize = (scores: { percent: number; passed: boolean }[]): ScoreSummary => ({
  attempts: scores.length,
  passed: scores.filter((s) => s.passed).length,
  meanScore: scores.length ? Math.round((scores.reduce((sum, s) => sum + s.percent, 0) / scores.length) * 100) / 100 : null,
});

/**
 * After the answer key of a package changes: every scored session on it (submitted, closed or
 * abandoned; current or replaced by a reset) is scored again from its saved answers with
 * delivery's own scoreAnswers against the key now in `tx`, and the competency records of the
 * assessment follow the new pass marks. Only sessions whose result changed are written.
 * Run inside the transaction that changed the key, after taking the assessment lock.
 */
export async function rescorePackage(tx: Db, assessment: { id: string; passScore: number }, packageId: string): Promise<PackageRescore> {
  const catalog = await loadCatalog(tx, packageId);
  const scored = await tx
    .select({ id: examSessions.id, scorePoints: examSessions.scorePoints, scorePercent: examSessions.scorePercent, passed: examSessions.passed })
    .from(examSessions)
    .where(and(eq(examSessions.packageId, packageId), isNotNull(examSessions.scorePercent)))
    .orderBy(asc(examSessions.id));
  const before: { percent: number; passed: boolean }[] = [];
  const after: { percent: number; passed: boolean }[] = [];
  let changed = 0;
  for (let i = 0; i < scored.length; i += SCORING_BATCH) {
    const batch = scored.slice(i, i + SCORING_BATCH);
    const answers = await tx
      .select({ sessionId: sessionAnswers.sessionId, questionId: sessionAnswers.questionId, optionId: sessionAnswers.optionId })
      .from(sessionAnswers)
      .where(inArray(sessionAnswers.sessionId, batch.map((s) => s.id)));
    const bySession = groupBy(answers, (a) => a.sessionId);
    const updates = [];
    for (const session of batch) {
      const score = scoreAnswers(catalog, bySession.get(session.id) ?? [], assessment.passScore);
      before.push({ percent: session.scorePercent!, passed: session.passed ?? false });
      after.push(score);
      if (score.scorePoints !== session.scorePoints || score.percent !== session.scorePercent || score.passed !== session.passed) {
        updates.push(sql`(${session.id}, ${score.scorePoints}::int, ${score.maxPoints}::int, ${score.percent}::float8, ${score.passed}::boolean)`);
      }
    }
    if (updates.length) {
      await tx.execute(sql`
        update ${examSessions} set score_points = v.points, max_points = v.max_points, score_percent = v.percent, passed = v.passed
        from (values ${sql.join(updates, sql`, `)}) as v(id, points, max_points, percent, passed)
        where ${examSessions.id} = v.id`);
      changed += updates.length;
    }
  }
  if (changed) await syncAchievements(tx, assessment.id);
  return { rescored: scored.length, changed, before: summarize(before), after: summarize(after) };
}
