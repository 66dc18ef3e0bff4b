import type { ItemStatistics, ResultRow } from '@common/schemas/results';

export interface ScoreBin {
  /** Lowest score in the bin (percent). */
  from: number;
  /** Highest score in the bin, inclusive for the last bin (100). */
  to: number;
  /** Centre of the bin, where its bar stands on a 0-100 axis. */
  mid: number;
  count: number;
}

/**
 * Ten 10-point bins of score percents: [0, 10), [10, 20), ..., [90, 100], 100 falling in the last.
 * Scores outside 0-100 are clamped into the end bins.
 */
export function scoreBins(scores: readonly number[]): ScoreBin[] {
  const bins = Array.from({ length: 10 }, (_, i): ScoreBin => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, mid: i * 10 + 5, count: 0 }));
  for (const score of scores) bins[Math.min(9, Math.max(0, Math.floor(score / 10)))]!.count++;
  return bins;
}

export interface UnitPassRate {
  /** Null: workers without a unit. */
  unit: string | null;
  scored: number;
  passed: number;
  /** passed / scored in percent (0-100). */
  rate: number;
}

/**
 * Pass rate per unit over the scored attempts given (callers pass the current attempts only):
 * units by name, "no unit" last. Units without a scored attempt are left out.
 */
export function passRateByUnit(rows: readonly ResultRow[], locale: string): UnitPassRate[] {
  const byUnit = new Map<string | null, { scored: number; passed: number }>();
  for (const row of rows) {
    if (row.passed === null) continue;
    const entry = byUnit.get(row.unit) ?? { scored: 0, passed: 0 };
    entry.scored++;
    if (row.passed) entry.passed++;
    byUnit.set(row.unit, entry);
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...byUnit]
    .map(([unit, { scored, passed }]) => ({ unit, scored, passed, rate: (passed / scored) * 100 }))
    .sort((a, b) => (a.unit === null ? 1 : b.unit === null ? -1 : collator.compare(a.unit, b.unit)));
}

export interface OptionShareRow {
  questionId: string;
  packageName: string;
  position: number;
  /** Share of the responses (0-1) per option, in the question's option order. */
  shares: number[];
  /** Index of the key in `shares`; -1 when the question has none. */
  keyIndex: number;
  /** Share (0-1) of the responses that left the question unanswered. */
  unanswered: number;
  responses: number;
}

/** Per question, the share of responses that chose each option, and the unanswered share. */
export function optionShares(questions: readonly ItemStatistics[]): OptionShareRow[] {
  return questions.map((q) => {
    const share = (count: number) => (q.responses ? count / q.responses : 0);
    return {
      questionId: q.questionId,
      packageName: q.packageName,
      position: q.position,
      shares: q.options.map((o) => share(o.chosen)),
      keyIndex: q.options.findIndex((o) => o.correct),
      unanswered: share(q.unanswered),
      responses: q.responses,
    };
  });
}
