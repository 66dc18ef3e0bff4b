import type { ItemFlag } from '../../../common/schemas/results.js';

/**
 * Classical test theory item analysis, pure: no database, no rounding. Formulas from Crocker &
 * Algina, "Introduction to Classical and Modern Test Theory" (1986), ch. 14 (item difficulty,
 * point-biserial), Kuder & Richardson (1937) for KR-20, Kelley (1939) for the 27% groups.
 */

/** One scored attempt on a package: its score percent (0-100) and the option chosen per question (absent = unanswered). */
export type ScoredAttempt = { id: string; scorePercent: number; answers: ReadonlyMap<string, string> };
export type AnalysedQuestion = { id: string; options: readonly { id: string; correct: boolean }[] };

export type QuestionStatistics = {
  questionId: string;
  /** Attempts that were given the question (every attempt on its package). */
  responses: number;
  unanswered: number;
  /** Attempts per option id. */
  chosen: Map<string, number>;
  difficulty: number | null;
  discrimination: number | null;
  flags: ItemFlag[];
};

export type PackageSummary = { attempts: number; meanScore: number | null; sdScore: number | null; kr20: number | null };

/**
 * Flag thresholds. The usual target band for difficulty is 0.20-0.80 and a point-biserial below
 * 0.20 is "poor" (Ebel & Frisbie, "Essentials of Educational Measurement", 5th ed., 1991). A
 * competency test legitimately keeps easy questions, so only "nearly everybody right" is flagged;
 * below 0.20 right is worse than a blind guess on four options (0.25). A negative point-biserial
 * means stronger workers got it wrong more often: check the key. Under 10 responses one attempt
 * moves the difficulty by more than 0.1, so the numbers are only indicative.
 */
export const FLAG_THRESHOLDS = { tooEasyAbove: 0.95, tooHardBelow: 0.2, lowDiscriminationBelow: 0.2, fewResponsesBelow: 10, topGroupShare: 0.27 } as const;

/** Arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
}

/** Population standard deviation (divides by n, as the point-biserial and KR-20 formulas use); null for no values. */
export function populationSd(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null) return null;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length);
}

/**
 * Item difficulty p: the share of attempts scoring 1 on the item (0..1), unanswered counted 0.
 * Null without attempts.
 */
export function itemDifficulty(itemScores: readonly (0 | 1)[]): number | null {
  return mean(itemScores);
}

/**
 * Point-biserial correlation r_pb = (M1 - M0) / s * sqrt(p * q) (Crocker & Algina 1986, eq. 14.3),
 * where M1 and M0 are the mean totals of attempts scoring 1 and 0 on the item, s the population
 * SD of all totals, p the item difficulty and q = 1 - p. It equals Pearson's r between item and
 * total. The total includes the item itself (uncorrected). Null when undefined: everybody right
 * or everybody wrong (p is 0 or 1) or all totals equal (s = 0).
 */
export function pointBiserial(itemScores: readonly (0 | 1)[], totals: readonly number[]): number | null {
  if (itemScores.length !== totals.length) throw new Error('pointBiserial: one total per item score');
  const p = itemDifficulty(itemScores);
  const s = populationSd(totals);
  if (p === null || s === null || p === 0 || p === 1 || s === 0) return null;
  const m1 = mean(totals.filter((_, i) => itemScores[i] === 1))!;
  const m0 = mean(totals.filter((_, i) => itemScores[i] === 0))!;
  return ((m1 - m0) / s) * Math.sqrt(p * (1 - p));
}

/**
 * KR-20 reliability (Kuder & Richardson 1937): k / (k - 1) * (1 - sum(p_j * q_j) / var(X)), where
 * k is the number of items, p_j each item's difficulty and var(X) the population variance of the
 * number-correct totals. `matrix` has one row of item scores per attempt. Null when undefined
 * (fewer than 2 items or attempts, or equal totals). Can be negative when items disagree.
 */
export function kr20(matrix: readonly (readonly (0 | 1)[])[]): number | null {
  const k = matrix[0]?.length ?? 0;
  if (k < 2 || matrix.length < 2) return null;
  const totalSd = populationSd(matrix.map((row) => row.reduce<number>((sum, v) => sum + v, 0)))!;
  if (totalSd === 0) return null;
  let sumPq = 0;
  for (let j = 0; j < k; j++) {
    const p = mean(matrix.map((row) => row[j]!))!;
    sumPq += p * (1 - p);
  }
  return (k / (k - 1)) * (1 - sumPq / totalSd ** 2);
}

/**
 * The upper group (Kelley 1939): the 27% of attempts with the highest scores, at least one;
 * attempts tied with the last one in are included, so the cut never splits equal scores.
 */
export function topGroup<T extends { scorePercent: number }>(attempts: readonly T[]): T[] {
  if (!attempts.length) return [];
  const size = Math.max(1, Math.round(FLAG_THRESHOLDS.topGroupShare * attempts.length));
  const cut = [...attempts].sort((a, b) => b.scorePercent - a.scorePercent)[size - 1]!.scorePercent;
  return attempts.filter((a) => a.scorePercent >= cut);
}

/** The flags of one question; see FLAG_THRESHOLDS for the reasons. */
function flagsOf(question: AnalysedQuestion, responses: number, difficulty: number | null, discrimination: number | null, top: readonly ScoredAttempt[]): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (difficulty !== null && difficulty > FLAG_THRESHOLDS.tooEasyAbove) flags.push('too_easy');
  if (difficulty !== null && difficulty < FLAG_THRESHOLDS.tooHardBelow) flags.push('too_hard');
  if (discrimination !== null && discrimination < 0) flags.push('negative_discrimination');
  else if (discrimination !== null && discrimination < FLAG_THRESHOLDS.lowDiscriminationBelow) flags.push('low_discrimination');
  const topChoices = (optionId: string) => top.filter((a) => a.answers.get(question.id) === optionId).length;
  const key = question.options.find((o) => o.correct);
  const keyChoices = key ? topChoices(key.id) : 0;
  if (question.options.some((o) => !o.correct && topChoices(o.id) > keyChoices)) flags.push('distractor_beats_key_in_top_group');
  if (responses < FLAG_THRESHOLDS.fewResponsesBelow) flags.push('few_responses');
  return flags;
}

/**
 * Item statistics of every question of one package over its attempts, and the package's score
 * summary. An item scores 1 when the chosen option is the key, else 0 (unanswered included);
 * totals are the attempts' score percents as stored (points-weighted).
 */
export function analysePackage(questions: readonly AnalysedQuestion[], attempts: readonly ScoredAttempt[]): { questions: QuestionStatistics[]; summary: PackageSummary } {
  const totals = attempts.map((a) => a.scorePercent);
  const top = topGroup(attempts);
  const keyOf = new Map(questions.map((q) => [q.id, q.options.find((o) => o.correct)?.id]));
  const scoreOf = (a: ScoredAttempt, questionId: string): 0 | 1 => {
    const key = keyOf.get(questionId);
    return key !== undefined && a.answers.get(questionId) === key ? 1 : 0;
  };
  const matrix = attempts.map((a) => questions.map((q) => scoreOf(a, q.id)));
  const stats = questions.map((question, j): QuestionStatistics => {
    const scores = matrix.map((row) => row[j]!);
    const chosen = new Map(question.options.map((o) => [o.id, attempts.filter((a) => a.answers.get(question.id) === o.id).length]));
    const difficulty = itemDifficulty(scores);
    const discrimination = pointBiserial(scores, totals);
    return {
      questionId: question.id,
      responses: attempts.length,
      unanswered: attempts.filter((a) => !a.answers.has(question.id)).length,
      chosen,
      difficulty,
      discrimination,
      flags: flagsOf(question, attempts.length, difficulty, discrimination, top),
    };
  });
  return { questions: stats, summary: { attempts: attempts.length, meanScore: mean(totals), sdScore: populationSd(totals), kr20: kr20(matrix) } };
}
