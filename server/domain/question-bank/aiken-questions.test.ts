import { describe, expect, it } from 'vitest';
import { translate } from '../../../common/i18n/messages.js';
import { aikenQuestions } from './aiken-questions.js';

describe('aikenQuestions', () => {
  it('reads questions with "A." and "A)" options, CRLF and blank lines', () => {
    const aiken = 'Apa fungsi APAR?\r\nA. Memadamkan api kecil\r\nB. Mengukur suhu\r\nANSWER: A\r\n\r\nWarna jalur evakuasi?\nA) Hijau\nB) Merah\nC) Biru\nANSWER: A\n';
    const { questions, issues } = aikenQuestions(aiken);
    expect(issues).toEqual([]);
    expect(questions.map((q) => [q.number, q.question.text, q.question.options.map((o) => `${o.correct ? '*' : ''}${o.text}`)])).toEqual([
      [1, 'Apa fungsi APAR?', ['*Memadamkan api kecil', 'Mengukur suhu']],
      [2, 'Warna jalur evakuasi?', ['*Hijau', 'Merah', 'Biru']],
    ]);
  });

  it('names the question and line of a missing ANSWER, an answer naming no option and options out of order', () => {
    const aiken = ['Soal satu?', 'A. ya', 'B. tidak', '', 'Soal dua?', 'A. ya', 'B. tidak', 'ANSWER: C', 'Soal tiga?', 'A. ya', 'C. tidak', 'ANSWER: A', 'Soal empat?', 'A. ya', 'B. tidak', 'ANSWER: B'].join('\n');
    const { questions, issues } = aikenQuestions(aiken);
    expect(issues.map((issue) => ({ ...issue, message: translate('en', issue.message) }))).toEqual([
      { row: 1, column: null, message: 'Line 1: the question has no "ANSWER: <letter>" line after its options.' },
      { row: 2, column: null, message: 'Line 5: "ANSWER: C" names none of the options.' },
      { row: 3, column: null, message: 'Line 9: option C is out of order: letter the options A, B, C … without gaps.' },
    ]);
    expect(issues.map((issue) => translate('id', issue.message))).toEqual([
      'Baris 1: soal ini tidak punya baris "ANSWER: <huruf>" setelah pilihan jawabannya.',
      'Baris 5: "ANSWER: C" tidak menunjuk pilihan mana pun.',
      'Baris 9: pilihan C tidak berurutan: beri huruf A, B, C … tanpa ada yang terlewat.',
    ]);
    expect(questions.map((q) => q.number)).toEqual([4]);
  });

  it('reports a question whose file ends before its ANSWER line', () => {
    const [issue, ...others] = aikenQuestions('Soal?\nA. ya\nB. tidak\n').issues;
    expect(others).toEqual([]);
    expect(issue).toMatchObject({ row: 1, column: null });
    expect(translate('en', issue!.message)).toContain('no "ANSWER');
  });
});
