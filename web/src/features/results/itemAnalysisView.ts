import type { ItemFlag, ItemStatistics } from '@common/schemas/results';
import { nextSortOrder, type SortOrder } from '../../components/sorting';
import { compareNullsLast } from './resultsView';

/**
 * Flags that say a question itself may be broken and deserves a look (the row is highlighted).
 * `few_responses` only says the numbers are still rough, so it is shown but highlights nothing.
 */
const PROBLEM_FLAGS: ReadonlySet<ItemFlag> = new Set<ItemFlag>(['too_easy', 'too_hard', 'low_discrimination', 'negative_discrimination', 'distractor_beats_key_in_top_group']);

export const isProblemFlag = (flag: ItemFlag) => PROBLEM_FLAGS.has(flag);
export const isFlagged = (question: ItemStatistics) => question.flags.some(isProblemFlag);

export const ITEM_SORT_KEYS = ['position', 'difficulty', 'discrimination'] as const;
export type ItemSortKey = (typeof ITEM_SORT_KEYS)[number];
export type ItemSort = SortOrder<ItemSortKey>;

export const DEFAULT_ITEM_SORT: ItemSort = { key: 'position', direction: 'asc' };

/**
 * The questions in the order asked: by package and position (as the server sends them), or by
 * difficulty or discrimination with undefined values (null) last; ties keep the server's order.
 * `flaggedOnly` keeps the questions with a problem flag.
 */
export function visibleItems(questions: readonly ItemStatistics[], sort: ItemSort, flaggedOnly: boolean): ItemStatistics[] {
  const kept = questions.map((question, index) => ({ question, index })).filter(({ question }) => !flaggedOnly || isFlagged(question));
  const sign = sort.direction === 'asc' ? 1 : -1;
  const value = (q: ItemStatistics) => (sort.key === 'position' ? null : q[sort.key]);
  return kept
    .sort((a, b) => {
      if (sort.key === 'position') return sign * (a.index - b.index);
      return compareNullsLast(value(a.question), value(b.question), (x, y) => sign * (x - y)) || a.index - b.index;
    })
    .map(({ question }) => question);
}

/** Same column: flip; another column: ascending (hardest / weakest first, the ones to look at). */
export const nextItemSort = (current: ItemSort, key: ItemSortKey): ItemSort => nextSortOrder(current, key);

type Translate = (key: string, options: Record<string, unknown>) => string;

/**
 * Names questions for tables and charts: "No. 3", or "Paket B · 3" when the assessment has
 * several packages (positions repeat across packages).
 */
export function questionLabeller(t: Translate, questions: readonly Pick<ItemStatistics, 'packageName'>[]) {
  const severalPackages = new Set(questions.map((q) => q.packageName)).size > 1;
  return (q: Pick<ItemStatistics, 'packageName' | 'position'>) =>
    severalPackages ? t('results.questionInPackage', { name: q.packageName, position: q.position }) : t('results.questionNo', { position: q.position });
}
