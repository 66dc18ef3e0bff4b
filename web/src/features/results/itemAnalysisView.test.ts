import type { ItemStatistics } from '@common/schemas/results';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ITEM_SORT, isFlagged, nextItemSort, questionLabeller, visibleItems } from './itemAnalysisView';

const item = (questionId: string, difficulty: number | null, discrimination: number | null, flags: ItemStatistics['flags'] = []) =>
  ({ questionId, difficulty, discrimination, flags }) as ItemStatistics;

const items = [item('q1', 0.9, 0.3, ['few_responses']), item('q2', 0.1, -0.4, ['too_hard', 'negative_discrimination']), item('q3', null, null), item('q4', 0.5, 0.1, ['low_discrimination'])];
const ids = (list: ItemStatistics[]) => list.map((q) => q.questionId);

describe('visibleItems', () => {
  it('keeps the server order by position', () => {
    expect(ids(visibleItems(items, DEFAULT_ITEM_SORT, false))).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(ids(visibleItems(items, { key: 'position', direction: 'desc' }, false))).toEqual(['q4', 'q3', 'q2', 'q1']);
  });

  it('sorts by difficulty or discrimination with undefined values last', () => {
    expect(ids(visibleItems(items, { key: 'difficulty', direction: 'asc' }, false))).toEqual(['q2', 'q4', 'q1', 'q3']);
    expect(ids(visibleItems(items, { key: 'discrimination', direction: 'desc' }, false))).toEqual(['q1', 'q4', 'q2', 'q3']);
  });

  it('keeps only questions with a problem flag, few responses alone is not one', () => {
    expect(ids(visibleItems(items, DEFAULT_ITEM_SORT, true))).toEqual(['q2', 'q4']);
    expect(isFlagged(items[0]!)).toBe(false);
  });
});

describe('nextItemSort', () => {
  it('flips the current column and starts others ascending', () => {
    expect(nextItemSort(DEFAULT_ITEM_SORT, 'position')).toEqual({ key: 'position', direction: 'desc' });
    expect(nextItemSort(DEFAULT_ITEM_SORT, 'discrimination')).toEqual({ key: 'discrimination', direction: 'asc' });
  });
});

describe('questionLabeller', () => {
  const t = (key: string, options: Record<string, unknown>) => `${key} ${JSON.stringify(options)}`;
  it('names the package only when there are several', () => {
    expect(questionLabeller(t, [{ packageName: 'A' }, { packageName: 'A' }])({ packageName: 'A', position: 3 })).toBe('results.questionNo {"position":3}');
    expect(questionLabeller(t, [{ packageName: 'A' }, { packageName: 'B' }])({ packageName: 'B', position: 3 })).toBe('results.questionInPackage {"name":"B","position":3}');
  });
});
