import { describe, expect, it } from 'vitest';
import { ariaSort, nextSortOrder, type SortOrder } from './sorting';

type Key = 'name' | 'score' | 'seen';
const byName: SortOrder<Key> = { key: 'name', direction: 'asc' };

describe('nextSortOrder', () => {
  it('flips the column the table is sorted by', () => {
    expect(nextSortOrder(byName, 'name')).toEqual({ key: 'name', direction: 'desc' });
    expect(nextSortOrder({ key: 'name', direction: 'desc' }, 'name')).toEqual({ key: 'name', direction: 'asc' });
  });

  it('starts another column ascending, or descending when it is listed as latest/highest first', () => {
    expect(nextSortOrder(byName, 'score')).toEqual({ key: 'score', direction: 'asc' });
    expect(nextSortOrder(byName, 'score', ['score', 'seen'])).toEqual({ key: 'score', direction: 'desc' });
  });

  it('flips a descending-first column like any other once it is sorted', () => {
    expect(nextSortOrder({ key: 'seen', direction: 'desc' }, 'seen', ['seen'])).toEqual({ key: 'seen', direction: 'asc' });
  });
});

describe('ariaSort', () => {
  it('names the direction for aria-sort, nothing for an unsorted column', () => {
    expect(ariaSort('asc')).toBe('ascending');
    expect(ariaSort('desc')).toBe('descending');
    expect(ariaSort(undefined)).toBeUndefined();
  });
});
