import type { ResultRow } from '@common/schemas/results';
import type { SessionStatus } from '@common/schemas/sessions';
import { nextSortOrder, type SortOrder } from '../../components/sorting';

export const RESULT_SORT_KEYS = ['worker', 'unit', 'status', 'submitted', 'timeUsed', 'score'] as const;
export type ResultSortKey = (typeof RESULT_SORT_KEYS)[number];
export type ResultSort = SortOrder<ResultSortKey>;

export type Outcome = 'passed' | 'failed';

export interface ResultFilters {
  /** Part of the worker's name, any case. */
  q: string;
  status: SessionStatus | '';
  /** A unit name; NO_UNIT for workers without one; '' for every unit. */
  unit: string;
  outcome: Outcome | '';
  /** Earlier attempts of a reset (`replaced: true`) are listed too. */
  showReplaced: boolean;
}

/** The unit filter's value for workers without a unit (no real unit is named with a NUL). */
export const NO_UNIT = '\u0000none';

export const DEFAULT_FILTERS: ResultFilters = { q: '', status: '', unit: '', outcome: '', showReplaced: true };
export const DEFAULT_SORT: ResultSort = { key: 'worker', direction: 'asc' };

function matches(row: ResultRow, filters: ResultFilters, needle: string): boolean {
  if (!filters.showReplaced && row.replaced) return false;
  if (filters.status && row.status !== filters.status) return false;
  if (filters.unit && (row.unit ?? NO_UNIT) !== filters.unit) return false;
  if (filters.outcome && row.passed !== (filters.outcome === 'passed')) return false;
  return !needle || row.workerName.toLocaleLowerCase().includes(needle);
}

function sortValue(key: ResultSortKey, row: ResultRow): string | number | null {
  switch (key) {
    case 'worker':
      return row.workerName;
    case 'unit':
      return row.unit;
    case 'status':
      return row.status;
    case 'submitted':
      return row.submittedAt === null ? null : Date.parse(row.submittedAt);
    case 'timeUsed':
      return row.timeUsedMs;
    case 'score':
      return row.score;
  }
}

/** Orders two sort values with `compare`, a null (no value) after any value whatever the direction. */
export function compareNullsLast<T>(x: T | null, y: T | null, compare: (x: T, y: T) => number): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return compare(x, y);
}

/**
 * The rows the table shows: filtered, then sorted by `sort` with empty values (not yet submitted,
 * no unit) last in either direction; ties by worker name, then attempt number.
 */
export function visibleResults(rows: readonly ResultRow[], filters: ResultFilters, sort: ResultSort, locale: string): ResultRow[] {
  const needle = filters.q.trim().toLocaleLowerCase();
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .filter((row) => matches(row, filters, needle))
    .sort((a, b) => {
      const x = sortValue(sort.key, a);
      const y = sortValue(sort.key, b);
      const byValue = compareNullsLast(x, y, (u, v) => sign * (typeof u === 'string' ? collator.compare(u, String(v)) : u - Number(v)));
      return byValue || collator.compare(a.workerName, b.workerName) || a.attempt - b.attempt;
    });
}

/** A click on the sorted column flips it; another column starts ascending, except score and submitted (highest / latest first). */
export const nextSort = (current: ResultSort, key: ResultSortKey): ResultSort => nextSortOrder(current, key, ['score', 'submitted']);

/** Units named in the rows, sorted; `hasNone` when some worker has no unit. */
export function unitsOf(rows: readonly ResultRow[], locale: string): { units: string[]; hasNone: boolean } {
  const units = [...new Set(rows.flatMap((row) => (row.unit === null ? [] : [row.unit])))].sort(new Intl.Collator(locale).compare);
  return { units, hasNone: rows.some((row) => row.unit === null) };
}

/** The attempts that count: the latest attempt of each worker (earlier attempts of a reset left out). */
export const currentAttempts = (rows: readonly ResultRow[]) => rows.filter((row) => !row.replaced);

/** Whether the worker of this row has more than one attempt, so the row needs its attempt number. */
export const hasSeveralAttempts = (row: ResultRow) => row.replaced || row.attempt > 1;
