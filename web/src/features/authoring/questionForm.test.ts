import { describe, expect, it } from 'vitest';
import { emptyDraft, newOption, optionTextField, questionFormIssues, validateQuestion, type QuestionDraft } from './questionForm';

const filled = (): QuestionDraft => ({
  ...emptyDraft(),
  text: 'Apa fungsi APD?',
  options: [newOption('Melindungi'), newOption('Menghias')],
  correctIndex: 0,
});

describe('the question editor checks with the shared schema (createQuestionRequest)', () => {
  it('passes a question the server accepts', () => {
    expect(validateQuestion(filled(), 'id')).toEqual({ fields: {}, general: [] });
  });

  it('puts each issue at its place: the text, the points, each option\'s text, the key on the options', () => {
    const draft: QuestionDraft = { ...filled(), text: ' ', points: '', options: [newOption('Satu'), newOption(''), newOption('Tiga')], correctIndex: null };
    const { fields, general } = validateQuestion(draft, 'id');
    expect(fields).toEqual({
      text: 'Wajib diisi',
      points: 'Isi dengan angka',
      [optionTextField(1)]: 'Wajib diisi',
      options: 'Tandai satu pilihan sebagai jawaban yang benar.',
    });
    expect(general).toEqual([]);
    expect(validateQuestion(draft, 'en').fields.options).toBe('Mark one option as the correct answer.');
  });

  it('shows the server\'s issues the same way, and one on no field of the editor under its name for people', () => {
    const issues = [
      { path: 'options.2.text', message: 'Wajib diisi' },
      { path: 'options.2.imageId', message: 'Bukan ID yang valid' },
      { path: 'imageId', message: 'Gambar tidak ditemukan.' },
    ];
    expect(questionFormIssues(issues, 3, 'id')).toEqual({
      fields: { 'options.2.text': 'Wajib diisi', options: 'Bukan ID yang valid' },
      general: ['Gambar: Gambar tidak ditemukan.'],
    });
  });
});
