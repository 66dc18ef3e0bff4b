import { describe, expect, it } from 'vitest';
import { formIssuesOf } from './schemaIssues';

describe('formIssuesOf', () => {
  it('puts an issue under its field, by whole path or first segment', () => {
    const issues = [
      { path: 'title', message: 'Wajib diisi' },
      { path: 'options.1.text', message: 'Wajib diisi' },
    ];
    expect(formIssuesOf(issues, ['title', 'options'], 'id')).toEqual({ fields: { title: 'Wajib diisi', options: 'Wajib diisi' }, general: [] });
    expect(formIssuesOf(issues, ['options.1.text'], 'id').fields).toEqual({ 'options.1.text': 'Wajib diisi' });
  });

  it('names a field the form lacks for people in the reader\'s language, never by code path', () => {
    const issues = [
      { path: 'options.2.text', message: 'Wajib diisi' },
      { path: 'durationMinutes', message: 'Minimal 1' },
      { path: 'someUnknownField', message: 'Nilai ini tidak valid' },
      { path: 'body', message: 'Isi permintaan kosong.' },
    ];
    expect(formIssuesOf(issues, ['title'], 'id').general).toEqual(['Pilihan 3: Wajib diisi', 'Durasi (menit): Minimal 1', 'Nilai ini tidak valid', 'Isi permintaan kosong.']);
    expect(formIssuesOf(issues.slice(0, 2), ['title'], 'en').general).toEqual(['Option 3: Wajib diisi', 'Duration (minutes): Minimal 1']);
  });
});
