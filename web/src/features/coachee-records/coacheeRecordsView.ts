import type { CoacheeResultRow } from '@common/schemas/records';

/**
 * How an attempt is labelled in a coachee's results: nothing when it is the worker's only attempt
 * of that assessment, else its number, and whether a reset replaced it.
 */
export type AttemptLabel = { attempt: number; replaced: boolean } | null;

/** The attempt label of each row (same order), numbering only assessments attempted more than once. */
export function attemptLabels(rows: readonly Pick<CoacheeResultRow, 'assessmentId' | 'attempt' | 'replaced'>[]): AttemptLabel[] {
  const attempts = new Map<string, number>();
  for (const row of rows) attempts.set(row.assessmentId, (attempts.get(row.assessmentId) ?? 0) + 1);
  return rows.map((row) => ((attempts.get(row.assessmentId) ?? 0) > 1 ? { attempt: row.attempt, replaced: row.replaced } : null));
}
