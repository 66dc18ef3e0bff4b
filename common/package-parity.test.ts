import { describe, expect, it } from 'vitest';
import { msg, translate } from './i18n/messages.js';
import { describePackageSizes, differingPackages } from './package-parity.js';

const pkg = (name: string, questionCount: number, totalPoints = questionCount) => ({ name, questionCount, totalPoints });

describe('differingPackages', () => {
  it('is empty when every package holding questions matches in count and points (empty packages are not handed out)', () => {
    expect(differingPackages([])).toEqual([]);
    expect(differingPackages([pkg('A', 5)])).toEqual([]);
    expect(differingPackages([pkg('A', 5), pkg('B', 5), pkg('C', 0)])).toEqual([]);
  });

  it('lists every package holding questions when counts or points differ', () => {
    expect(differingPackages([pkg('A', 5), pkg('B', 2), pkg('C', 0)])).toEqual([pkg('A', 5), pkg('B', 2)]);
    expect(differingPackages([pkg('A', 2, 4), pkg('B', 2, 2)])).toEqual([pkg('A', 2, 4), pkg('B', 2, 2)]);
    expect(translate('en', msg('assessment.packagesDiffer', { packages: describePackageSizes([pkg('A', 5), pkg('B', 2)]) }))).toMatch(
      /: A \(5 questions, 5 points\), B \(2 questions, 2 points\)\.$/,
    );
    expect(translate('id', describePackageSizes([pkg('A', 5)])[0]!)).toBe('A (5 soal, 5 poin)');
  });
});
