import { describe, expect, it } from 'vitest';
import { fieldLabel, labelledIssue } from './field-names.js';
import { translate } from './messages.js';

describe('fieldLabel', () => {
  it('names a request field for people in both languages, and an item of a list by its number from 1', () => {
    expect(translate('id', fieldLabel('durationMinutes')!)).toBe('Durasi (menit)');
    expect(translate('en', fieldLabel('durationMinutes')!)).toBe('Duration (minutes)');
    expect(translate('id', fieldLabel('options.2.text')!)).toBe('Pilihan 3');
    expect(translate('en', fieldLabel('options.2.text')!)).toBe('Option 3');
    expect(translate('id', fieldLabel('options')!)).toBe('Pilihan jawaban');
  });

  it('has no name for a path no person would recognise, so the code path is never shown', () => {
    for (const path of ['', 'body', 'querystring', 'someUnknownField', 'constructor', 'toString']) expect(fieldLabel(path)).toBeNull();
    expect(labelledIssue('id', 'someUnknownField', 'Wajib diisi')).toBe('Wajib diisi');
    expect(labelledIssue('id', 'title', 'Wajib diisi')).toBe('Judul: Wajib diisi');
  });
});
