import type { ResultRow } from '@common/schemas/results';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, DEFAULT_SORT, NO_UNIT, nextSort, unitsOf, visibleResults } from './resultsView';

function row(overrides: Partial<ResultRow>): ResultRow {
  return {
    sessionId: overrides.workerName ?? 's',
    workerName: 'Agus',
    unit: 'Produksi',
    packageName: 'Paket A',
    attempt: 1,
    replaced: false,
    status: 'submitted',
    score: 80,
    scorePoints: 8,
    maxPoints: 10,
    passed: true,
    answeredCount: 10,
    questionCount: 10,
    startedAt: '2026-11-30T02:00:00.000Z',
    submittedAt: '2026-11-30T02:20:00.000Z',
    timeUsedMs: 1_200_000,
    submitKind: 'worker',
    ...overrides,
  };
}

const rows = [
  row({ sessionId: 'b2', workerName: 'Budi', attempt: 2, score: 90, unit: 'Gudang' }),
  row({ sessionId: 'b1', workerName: 'Budi', attempt: 1, replaced: true, score: 30, passed: false, unit: 'Gudang' }),
  row({ sessionId: 'a1', workerName: 'agus', score: 55, passed: false, timeUsedMs: 600_000 }),
  row({ sessionId: 'c1', workerName: 'Citra', unit: null, status: 'not_started', score: null, passed: null, submittedAt: null, timeUsedMs: null, startedAt: null }),
];
const ids = (list: ResultRow[]) => list.map((r) => r.sessionId);

describe('visibleResults', () => {
  it('sorts by worker name (any case), then attempt', () => {
    expect(ids(visibleResults(rows, DEFAULT_FILTERS, DEFAULT_SORT, 'id'))).toEqual(['a1', 'b1', 'b2', 'c1']);
  });

  it('puts missing values last in both directions', () => {
    expect(ids(visibleResults(rows, DEFAULT_FILTERS, { key: 'score', direction: 'desc' }, 'id'))).toEqual(['b2', 'a1', 'b1', 'c1']);
    expect(ids(visibleResults(rows, DEFAULT_FILTERS, { key: 'score', direction: 'asc' }, 'id'))).toEqual(['b1', 'a1', 'b2', 'c1']);
    expect(ids(visibleResults(rows, DEFAULT_FILTERS, { key: 'unit', direction: 'desc' }, 'id'))).toEqual(['a1', 'b1', 'b2', 'c1']);
    expect(ids(visibleResults(rows, DEFAULT_FILTERS, { key: 'timeUsed', direction: 'asc' }, 'id'))).toEqual(['a1', 'b1', 'b2', 'c1']);
  });

  it('filters by name, status, unit, outcome and replaced attempts', () => {
    const view = (filters: Partial<typeof DEFAULT_FILTERS>) => ids(visibleResults(rows, { ...DEFAULT_FILTERS, ...filters }, DEFAULT_SORT, 'id'));
    expect(view({ q: ' BUD ' })).toEqual(['b1', 'b2']);
    expect(view({ status: 'not_started' })).toEqual(['c1']);
    expect(view({ unit: 'Gudang' })).toEqual(['b1', 'b2']);
    expect(view({ unit: NO_UNIT })).toEqual(['c1']);
    expect(view({ outcome: 'failed' })).toEqual(['a1', 'b1']);
    expect(view({ outcome: 'passed' })).toEqual(['b2']);
    expect(view({ showReplaced: false })).toEqual(['a1', 'b2', 'c1']);
  });
});

describe('nextSort', () => {
  it('flips the current column and starts scores highest first', () => {
    expect(nextSort(DEFAULT_SORT, 'worker')).toEqual({ key: 'worker', direction: 'desc' });
    expect(nextSort(DEFAULT_SORT, 'score')).toEqual({ key: 'score', direction: 'desc' });
    expect(nextSort(DEFAULT_SORT, 'unit')).toEqual({ key: 'unit', direction: 'asc' });
  });
});

describe('unitsOf', () => {
  it('lists the units once, sorted, and says whether someone has none', () => {
    expect(unitsOf(rows, 'id')).toEqual({ units: ['Gudang', 'Produksi'], hasNone: true });
  });
});
