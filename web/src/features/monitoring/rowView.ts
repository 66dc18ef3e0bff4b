import type { Presence, SessionStatus } from '../../api/monitoring';
import { nextSortOrder, type SortOrder as Order } from '../../components/sorting';
import { presenceAt, timeLeftMs, type TrackedRow } from './feedState';

export type SortKey = 'name' | 'unit' | 'status' | 'progress' | 'timeLeft' | 'lastSeen';
export type SortOrder = Order<SortKey>;

export interface RowFilters {
  q: string;
  status: SessionStatus | '';
  presence: Presence | '';
}

export const NO_FILTERS: RowFilters = { q: '', status: '', presence: '' };

/** What HC acts on first comes first: running exams, then those still to start, then the finished. */
export const STATUS_ORDER: readonly SessionStatus[] = ['in_progress', 'not_started', 'submitted', 'closed', 'abandoned'];
export const PRESENCE_ORDER: readonly Presence[] = ['online', 'away', 'offline'];

type Compare = (a: TrackedRow, b: TrackedRow) => number;

/** Sort values per column; null sorts last whichever the direction. */
function sortValue(key: SortKey, row: TrackedRow, serverNow: number): string | number | null {
  switch (key) {
    case 'name':
      return row.workerName;
    case 'unit':
      return row.unit;
    case 'status':
      return STATUS_ORDER.indexOf(row.status);
    case 'progress':
      return row.questionCount ? row.answeredCount / row.questionCount : 0;
    case 'timeLeft':
      return timeLeftMs(row, serverNow);
    case 'lastSeen':
      return row.lastSeenAt ? Date.parse(row.lastSeenAt) : null;
  }
}

function comparer(sort: SortOrder, serverNow: number, collator: Intl.Collator): Compare {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = sortValue(sort.key, a, serverNow);
    const y = sortValue(sort.key, b, serverNow);
    const byValue =
      x === null || y === null ? (x === y ? 0 : x === null ? 1 : -1) : sign * (typeof x === 'string' ? collator.compare(x, String(y)) : x - Number(y));
    return byValue || collator.compare(a.workerName, b.workerName);
  };
}

function matches(row: TrackedRow, filters: RowFilters, needle: string, serverNow: number): boolean {
  if (filters.status && row.status !== filters.status) return false;
  if (filters.presence && presenceAt(row, serverNow) !== filters.presence) return false;
  if (!needle) return true;
  return row.workerName.toLocaleLowerCase().includes(needle) || (row.unit ?? '').toLocaleLowerCase().includes(needle);
}

/** The rows the table shows: filtered by search, status and presence, then sorted. */
export function visibleRows(rows: readonly TrackedRow[], filters: RowFilters, sort: SortOrder, serverNow: number, locale: string): TrackedRow[] {
  const needle = filters.q.trim().toLocaleLowerCase();
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return rows.filter((row) => matches(row, filters, needle, serverNow)).sort(comparer(sort, serverNow, collator));
}

/** A click on the current column flips its direction; a new column starts ascending (most recent first for last seen). */
export const nextSort = (current: SortOrder, key: SortKey): SortOrder => nextSortOrder(current, key, ['lastSeen']);
