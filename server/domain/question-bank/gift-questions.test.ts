import { describe, expect, it } from 'vitest';
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
    expect(skipped).toEqual([
      { question: 2, title: 'Benar-salah', reason: expect.stringContaining('true/false') },
      { question: 3, title: null, reason: expect.stringContaining('short-answer') },
      { question: 4, title: 'Dua jawaban', reason: expect.stringContaining('Several answers earn credit') },
      { question: 5, title: 'Esai', reason: expect.stringContaining('essay') },
    ]);
  });

  it('refuses a file with a syntax error, naming the line', () => {
    expect(() => giftQuestions('::Q1:: Soal {=a ~b}\n\n::Q2:: Soal tanpa penutup {=a ~b\n')).toThrow(AppError);
    expect(() => giftQuestions('::Q1:: Soal {=a ~b}\n\n::Q2:: Soal tanpa penutup {=a ~b\n')).toThrow(/line \d+, column \d+/);
  });
});
