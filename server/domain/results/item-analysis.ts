import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { ItemAnalysis } from '../../../common/schemas/results.js';
import type { Db } from '../../db/database.js';
import { assessments, examSessions, questionOptions, questionPackages, questions, sessionAnswers } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { comparePackageNames } from '../question-bank/package-name.js';
import { groupBy } from '../question-bank/packages-service.js';
import { analysePackage, type ScoredAttempt } from './item-statistics.js';

/** Statistics are shown to four decimals: more is noise, fewer hides the difference between 0.95 and 0.954. */
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);

/** The attempts item analysis counts: submitted and not replaced by a reset (contract). */
const analysedAttempts = (assessmentId: string) =>
  and(eq(examSessions.assessmentId, assessmentId), eq(examSessions.status, 'submitted'), isNull(examSessions.replacedAt));

/**
 * Item analysis of an assessment, per package: each question's difficulty, point-biserial
 * discrimination, option choices and flags (see item-statistics.ts), and each package's score
 * summary. Five queries whatever the number of attempts. Throws not_found (404) for an unknown
 * assessment.
 */
export async function itemAnalysis(db: Db, assessmentId: string): Promise<ItemAnalysis> {
  const [assessment] = await db.select({ id: assessments.id }).from(assessments).where(eq(assessments.id, assessmentId));
  if (!assessment) throw notFound('Assessment');
  const questionRows = await db
    .select({ id: questions.id, packageId: questions.packageId, packageName: questionPackages.name, position: questions.position, text: questions.text })
    .from(questions)
    .innerJoin(questionPackages, eq(questionPackages.id, questions.packageId))
    .where(eq(questionPackages.assessmentId, assessmentId))
    .orderBy(asc(questions.position), asc(questions.id));
  const optionRows = await db
    .select({ id: questionOptions.id, questionId: questionOptions.questionId, text: questionOptions.text, correct: questionOptions.isCorrect })
    .from(questionOptions)
    .innerJoin(questions, eq(questions.id, questionOptions.questionId))
    .innerJoin(questionPackages, eq(questionPackages.id, questions.packageId))
    .where(eq(questionPackages.assessmentId, assessmentId))
    .orderBy(asc(questionOptions.position), asc(questionOptions.id));
  const attemptRows = await db
    .select({ id: examSessions.id, packageId: examSessions.packageId, scorePercent: examSessions.scorePercent })
    .from(examSessions)
    .where(analysedAttempts(assessmentId));
  const answerRows = await db
    .select({ sessionId: sessionAnswers.sessionId, questionId: sessionAnswers.questionId, optionId: sessionAnswers.optionId })
    .from(sessionAnswers)
    .innerJoin(examSessions, eq(examSessions.id, sessionAnswers.sessionId))
    .where(and(analysedAttempts(assessmentId), isNotNull(sessionAnswers.optionId)));

  const answersOf = new Map<string, Map<string, string>>(attemptRows.map((a) => [a.id, new Map()]));
  for (const a of answerRows) answersOf.get(a.sessionId)?.set(a.questionId, a.optionId!);
  const optionsOf = groupBy(optionRows, (o) => o.questionId);
  const packages = [...groupBy(questionRows, (q) => q.packageId)].sort(([, a], [, b]) => comparePackageNames(a[0]!.packageName, b[0]!.packageName));

  const result: ItemAnalysis = { questions: [], packages: [] };
  for (const [packageId, packageQuestions] of packages) {
    const attempts: ScoredAttempt[] = attemptRows
      .filter((a) => a.packageId === packageId)
      .map((a) => ({ id: a.id, scorePercent: a.scorePercent ?? 0, answers: answersOf.get(a.id)! }));
    const analysed = packageQuestions.map((q) => ({ id: q.id, options: optionsOf.get(q.id) ?? [] }));
    const { questions: stats, summary } = analysePackage(analysed, attempts);
    packageQuestions.forEach((q, i) => {
      const s = stats[i]!;
      result.questions.push({
        questionId: q.id,
        packageName: q.packageName,
        position: q.position,
        text: q.text,
        responses: s.responses,
        unanswered: s.unanswered,
        difficulty: rounded(s.difficulty),
        discrimination: rounded(s.discrimination),
        options: (optionsOf.get(q.id) ?? []).map((o) => ({ optionId: o.id, text: o.text, correct: o.correct, chosen: s.chosen.get(o.id) ?? 0 })),
        flags: s.flags,
      });
    });
    result.packages.push({
      packageId,
      packageName: packageQuestions[0]!.packageName,
      attempts: summary.attempts,
      meanScore: rounded(summary.meanScore),
      sdScore: rounded(summary.sdScore),
      kr20: rounded(summary.kr20),
    });
  }
  return result;
}
