import { describe, expect, it } from 'vitest';
import { analysePackage, kr20, pointBiserial, topGroup, type AnalysedQuestion, type ScoredAttempt } from './item-statistics.js';

const question = (id: string): AnalysedQuestion => ({ id, options: ['a', 'b', 'c', 'd'].map((o) => ({ id: `${id}${o}`, correct: o === 'a' })) });
const attempt = (id: string, scorePercent: number, answers: Record<string, string>): ScoredAttempt => ({ id, scorePercent, answers: new Map(Object.entries(answers)) });

/**
 * Five attempts on four 1-point questions (key: option a). Item scores (1 = chose the key):
 *
 *            q1 q2 q3 q4  total %
 *   A1        1  1  0  0   50
 *   A2        1  1  0  0   50
 *   A3        1  0  0  0   25
 *   A4        1  0  0  1   50
 *   A5        0  0  0  1   25
 *
 * Totals: mean = (50+50+25+50+25)/5 = 40; deviations 10, 10, -15, 10, -15; squares 100, 100, 225,
 * 100, 225 = 750; population variance 750/5 = 150; s = sqrt(150) = 12.247.
 *
 * q1: p = 4/5 = 0.80. M1 = (50+50+25+50)/4 = 43.75, M0 = 25. sqrt(pq) = sqrt(0.8*0.2) = 0.4.
 *     r = (43.75-25)/12.247 * 0.4 = 1.5309 * 0.4 = 0.6124 -> 0.61
 * q2: p = 2/5 = 0.40. M1 = (50+50)/2 = 50, M0 = (25+50+25)/3 = 33.333. sqrt(0.4*0.6) = 0.4899.
 *     r = 16.667/12.247 * 0.4899 = 1.3608 * 0.4899 = 0.6667 -> 0.67
 * q3: p = 0/5 = 0.00: nobody right, r undefined (null); too hard.
 * q4: p = 0.40. M1 = (50+25)/2 = 37.5, M0 = (50+50+25)/3 = 41.667.
 *     r = -4.1667/12.247 * 0.4899 = -0.3402 * 0.4899 = -0.1667 -> -0.17: negative discrimination.
 */
const questions = ['q1', 'q2', 'q3', 'q4'].map(question);
const attempts = [
  attempt('A1', 50, { q1: 'q1a', q2: 'q2a', q3: 'q3b', q4: 'q4b' }),
  attempt('A2', 50, { q1: 'q1a', q2: 'q2a', q3: 'q3b', q4: 'q4b' }),
  attempt('A3', 25, { q1: 'q1a', q2: 'q2b', q3: 'q3c' }),
  attempt('A4', 50, { q1: 'q1a', q2: 'q2c', q4: 'q4a' }),
  attempt('A5', 25, { q1: 'q1b', q4: 'q4a' }),
];

describe('item statistics against values computed by hand', () => {
  const { questions: stats, summary } = analysePackage(questions, attempts);
  const [q1, q2, q3, q4] = stats;

  it('difficulty is the share answering correctly, unanswered counted wrong', () => {
    expect(stats.map((s) => s.difficulty)).toEqual([0.8, 0.4, 0, 0.4]);
    expect(stats.map((s) => [s.responses, s.unanswered])).toEqual([[5, 0], [5, 1], [5, 2], [5, 1]]);
    expect(Object.fromEntries(q2!.chosen)).toEqual({ q2a: 2, q2b: 1, q2c: 1, q2d: 0 });
  });

  it('discrimination is the point-biserial correlation with the score percent', () => {
    expect(q1!.discrimination).toBeCloseTo(0.61, 2);
    expect(q2!.discrimination).toBeCloseTo(0.67, 2);
    expect(q3!.discrimination).toBeNull();
    expect(q4!.discrimination).toBeCloseTo(-0.17, 2);
  });

  it('flags the question nobody got right and the one that works backwards', () => {
    // Five responses are "few". The top group is 27% of 5 = 1.35 -> 1 attempt, plus those tied with it at
    // 50 %: A1, A2, A4. In q3 they chose b, b and nothing (key 0 times); in q4 b, b and the key once.
    expect(q1!.flags).toEqual(['few_responses']);
    expect(q3!.flags).toEqual(['too_hard', 'distractor_beats_key_in_top_group', 'few_responses']);
    expect(q4!.flags).toEqual(['negative_discrimination', 'distractor_beats_key_in_top_group', 'few_responses']);
  });

  it('summarises the package: mean 40, SD 12.25 (population)', () => {
    expect(summary.attempts).toBe(5);
    expect(summary.meanScore).toBe(40);
    expect(summary.sdScore).toBeCloseTo(12.25, 2);
  });
});

describe('the formulas on their edges', () => {
  it('point-biserial is undefined when all totals are equal', () => {
    expect(pointBiserial([1, 0, 1], [50, 50, 50])).toBeNull();
  });

  it('KR-20 of a perfect Guttman pattern', () => {
    // Items p = 0.75, 0.50, 0.25: sum pq = 0.1875 + 0.25 + 0.1875 = 0.625. Totals 3, 2, 1, 0:
    // mean 1.5, variance (2.25+0.25+0.25+2.25)/4 = 1.25. KR-20 = 3/2 * (1 - 0.625/1.25) = 0.75.
    expect(kr20([[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 0, 0]])).toBeCloseTo(0.75, 10);
    expect(kr20([[1, 0]])).toBeNull();
  });

  it('the top group is 27% of the attempts, at least one, ties at the cut included', () => {
    const scored = [100, 90, 80, 80, 70, 60, 50, 40, 30, 20].map((scorePercent, i) => ({ id: String(i), scorePercent }));
    // 27% of 10 = 2.7 -> 3: 100, 90, 80 and the other 80.
    expect(topGroup(scored).map((a) => a.scorePercent)).toEqual([100, 90, 80, 80]);
    expect(topGroup([{ scorePercent: 10 }])).toHaveLength(1);
  });
});
