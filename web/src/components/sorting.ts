/** Which way a sorted column runs. */
export type SortDirection = 'asc' | 'desc';

/** The column a table is sorted by (`key`) and which way. */
export interface SortOrder<K extends string> {
  key: K;
  direction: SortDirection;
}

/**
 * The order after a click on column `key`: the sorted column flips; another column starts
 * ascending, or descending when it is one of `descendingFirst` (latest, highest first).
 */
export function nextSortOrder<K extends string>(current: SortOrder<K>, key: K, descendingFirst: readonly K[] = []): SortOrder<K> {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: descendingFirst.includes(key) ? 'desc' : 'asc' };
}

/** The value of `aria-sort` on a column header: undefined for a column the table is not sorted by. */
export function ariaSort(direction: SortDirection | undefined): 'ascending' | 'descending' | undefined {
  if (!direction) return undefined;
  return direction === 'asc' ? 'ascending' : 'descending';
}
