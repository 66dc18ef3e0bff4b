import type { ItemStatistics, ResultRow } from '@common/schemas/results';
import { describe, expect, it } from 'vitest';
import { optionShares, passRateByUnit, scoreBins } from './chartData';

describe('scoreBins', () => {
  it('puts scores in ten 10-point bins, 100 in the last', () => {
    const bins = scoreBins([0, 9.99, 10, 59.5, 60, 99, 100, 100]);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 1, 0, 0, 3]);
    expect(bins[0]).toEqual({ from: 0, to: 9, mid: 5, count: 2 });
    expect(bins[9]).toMatchObject({ from: 90, to: 100, mid: 95 });
  });

  it('clamps out-of-range scores into the end bins', () => {
    expect(scoreBins([-5, 120]).map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });
});

const result = (unit: string | null, passed: boolean | null) => ({ unit, passed }) as ResultRow;

describe('passRateByUnit', () => {
  it('counts scored attempts per unit, units by name and no unit last', () => {
    const rates = passRateByUnit([result('Produksi', true), result(null, false), result('Gudang', true), result('Produksi', false), result('Gudang', null)], 'id');
    expect(rates).toEqual([
      { unit: 'Gudang', scored: 1, passed: 1, rate: 100 },
      { unit: 'Produksi', scored: 2, passed: 1, rate: 50 },
      { unit: null, scored: 1, passed: 0, rate: 0 },
    ]);
  });
});

describe('optionShares', () => {
  it('gives each option and the unanswered their share of the responses', () => {
    const question = {
      questionId: 'q1',
      packageName: 'Paket A',
      position: 3,
      responses: 4,
      unanswered: 1,
      options: [
        { optionId: 'o1', text: 'A', correct: false, chosen: 1 },
        { optionId: 'o2', text: 'B', correct: true, chosen: 2 },
      ],
    } as ItemStatistics;
    expect(optionShares([question, { ...question, responses: 0, unanswered: 0 }])).toEqual([
      { questionId: 'q1', packageName: 'Paket A', position: 3, shares: [0.25, 0.5], keyIndex: 1, unanswered: 0.25, responses: 4 },
      { questionId: 'q1', packageName: 'Paket A', position: 3, shares: [0, 0], keyIndex: 1, unanswered: 0, responses: 0 },
    ]);
  });
});
