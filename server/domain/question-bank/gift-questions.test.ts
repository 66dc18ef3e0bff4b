import { describe, expect, it } from 'vitest';
import { translate } from '../../../common/i18n/messages.js';
import { AppError } from '../../errors.js';
import { giftQuestions } from './gift-questions.js';

describe('giftQuestions', () => {
  it('reads multiple choice with titles, comments, categories, escapes and feedback; skips other kinds with the reason', () => {
    const gift = [
      '// Bank soal K3, diekspor dari Moodle',
      '$CATEGORY: $course$/K3/Dasar',
      '',
      '::APAR\\: jenis:: Untuk kebakaran listrik, gunakan APAR {',
      '  ~Air#Air menghantarkan listrik',
      '  =CO2 \\= karbon dioksida',
      '  ~Busa \\{foam\\}',
      '  ~Pasir \\~ basah',
      '}',
      '',
      '::Benar-salah:: Helm wajib di area produksi. {T}',
      '',
      'Sebutkan satu APD. {=helm =sarung tangan}',
      '',
      '::Dua jawaban:: Pilih dua. {~%50%Helm ~%50%Sepatu ~%-100%Sandal}',
      '',
      '::Esai:: Jelaskan LOTO. {}',
      '',
      '[html]<p>Tekanan &amp; <b>suhu</b></p> {~%100%[html]Naik ~Turun}',
    ].join('\n');
    const { questions, skipped } = giftQuestions(gift);
    expect(questions).toEqual([
      {
        number: 1,
        question: {
          text: 'Untuk kebakaran listrik, gunakan APAR',
          points: 1,
          options: [
            { text: 'Air', correct: false },
            { text: 'CO2 = karbon dioksida', correct: true },
            { text: 'Busa {foam}', correct: false },
            { text: 'Pasir ~ basah', correct: false },
          ],
        },
      },
      { number: 6, question: { text: 'Tekanan & suhu', points: 1, options: [{ text: 'Naik', correct: true }, { text: 'Turun', correct: false }] } },
    ]);
    expect(skipped.map((item) => ({ ...item, reason: translate('en', item.reason) }))).toEqual([
      { question: 2, title: 'Benar-salah', reason: 'A true/false question: only multiple choice can be imported.' },
      { question: 3, title: null, reason: 'A short-answer question: only multiple choice can be imported.' },
      { question: 4, title: 'Dua jawaban', reason: 'Several answers earn credit: a question here has exactly one correct option.' },
      { question: 5, title: 'Esai', reason: 'An essay question: only multiple choice can be imported.' },
    ]);
    expect(translate('id', skipped[0]!.reason)).toBe('Soal benar-salah: hanya soal pilihan ganda yang dapat diimpor.');
  });

  it('refuses a file with a syntax error, naming the line and column in both languages', () => {
    let error: unknown;
    try {
      giftQuestions('::Q1:: Soal {=a ~b}\n\n::Q2:: Soal tanpa penutup {=a ~b\n');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    const { text } = error as AppError;
    expect(translate('en', text)).toMatch(/^The GIFT file could not be read at line \d+, column \d+: check the braces/);
    expect(translate('id', text)).toMatch(/^Berkas GIFT tidak dapat dibaca pada baris \d+, kolom \d+: periksa kurung kurawal/);
  });
});
