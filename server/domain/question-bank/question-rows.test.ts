import { describe, expect, it } from 'vitest';
import { translate } from '../../../common/i18n/messages.js';
import { QUESTION_COLUMNS } from '../../../common/schemas/question-bank.js';
import { parseQuestionRow, questionCells } from './question-rows.js';

const row = (cells: Record<string, string>) => ({
  package: 'A',
  question: 'Warna APAR untuk kelas C?',
  option_a: 'Merah',
  option_b: 'Biru',
  correct: 'B',
  points: '2',
  ...cells,
});

describe('question workbook rows', () => {
  it('reads a row into a question, lower-case letter and multi-line text included', () => {
    const { row: parsed, issues } = parseQuestionRow(row({ question: 'Baris satu\r\nBaris dua', correct: 'b' }));
    expect(issues).toEqual([]);
    expect(parsed).toEqual({
      packageName: 'A',
      question: {
        text: 'Baris satu\nBaris dua',
        points: 2,
        options: [
          { text: 'Merah', correct: false },
          { text: 'Biru', correct: true },
        ],
      },
    });
  });

  it('gives a question one point when the points cell is empty', () => {
    expect(parseQuestionRow(row({ points: '' })).row?.question.points).toBe(1);
  });

  it.each([
    [{ package: '' }, 'package', 'Enter a package name, e.g. A'],
    [{ question: '' }, 'question', 'Enter the question text'],
    [{ correct: '' }, 'correct', 'Enter the letter of the correct option (A to H).'],
    [{ correct: 'A,B' }, 'correct', 'Exactly one option is correct; "A,B" names several. Keep one letter.'],
    [{ correct: 'X' }, 'correct', 'Use one letter from A to H for the correct option, not "X".'],
    [{ correct: 'C' }, 'correct', 'The correct answer is C, but option_c is empty.'],
    [{ option_b: '', correct: 'A' }, 'option_b', 'Give at least 2 options'],
    [{ option_d: 'Hijau' }, 'option_c', 'Fill option_c: the options run from option_a without gaps.'],
    [{ points: '0' }, 'points', 'Points must be a whole number of at least 1'],
    [{ points: 'dua' }, 'points', 'Points must be a whole number of at least 1'],
  ])('refuses %o in column %s', (cells, column, message) => {
    const { row: parsed, issues } = parseQuestionRow(row(cells));
    expect(parsed).toBeUndefined();
    expect(issues.map((i) => ({ ...i, message: translate('en', i.message) }))).toEqual([{ column, message }]);
  });

  it('writes the cells import reads back', () => {
    const question = { text: 'Q\nline 2', points: 3, options: [{ text: 'x', correct: false }, { text: 'y', correct: true }] };
    const cells = questionCells('B', question);
    expect(cells).toEqual(['B', 'Q\nline 2', 'x', 'y', null, null, null, null, null, null, 'B', 3]);
    const keyed = Object.fromEntries(
      QUESTION_COLUMNS.map((column, i) => [column, cells[i] === null ? '' : String(cells[i])]),
    );
    expect(parseQuestionRow(keyed).row).toEqual({ packageName: 'B', question });
  });
});
