import { describe, expect, it } from 'vitest';
import { attachment } from './download-name.js';

describe('attachment', () => {
  it.each([
    ['id', 'results', 'xlsx', 'Uji K3 Dasar', 'hasil-uji-k3-dasar.xlsx'],
    ['en', 'results', 'xlsx', 'Uji K3 Dasar', 'results-uji-k3-dasar.xlsx'],
    ['id', 'questions', 'xlsx', 'Pelatihan Ñoño — "APD" 2026!', 'soal-pelatihan-nono-apd-2026.xlsx'],
    ['id', 'userTemplate', 'csv', undefined, 'ujian-templat-pengguna.csv'],
    ['en', 'questionTemplate', 'xlsx', undefined, 'ujian-questions-template.xlsx'],
    ['en', 'results', 'xlsx', '日本語', 'results.xlsx'],
  ] as const)('%s %s %s %j -> %s', (language, kind, extension, title, name) => {
    expect(attachment(language, kind, extension, title)).toBe(`attachment; filename="${name}"`);
  });

  it('keeps a long title to 60 characters', () => {
    expect(attachment('en', 'results', 'xlsx', 'x'.repeat(200))).toBe(`attachment; filename="results-${'x'.repeat(60)}.xlsx"`);
  });
});
