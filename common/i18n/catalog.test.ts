import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LANGUAGES } from '../languages.js';
import { en } from './catalog-en.js';
import { CATALOGS, msg, translate, translateDeep } from './messages.js';
import { zodIssueText } from './zod-issues.js';

const paramsOf = (sentence: string) => [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogs', () => {
  it.each(LANGUAGES)('%s has every key of every other language, and no other, each with the same {params}', (language) => {
    const catalog = CATALOGS[language];
    for (const other of LANGUAGES) {
      const missing = Object.keys(CATALOGS[other]).filter((key) => !(key in catalog));
      expect(missing, `keys of ${other} missing in ${language}`).toEqual([]);
    }
    for (const [key, sentence] of Object.entries(catalog)) {
      expect(sentence.trim(), `${language} ${key} is empty`).not.toBe('');
      expect(paramsOf(sentence), `${language} ${key} params`).toEqual(paramsOf(en[key as keyof typeof en]));
    }
  });

  it('keeps Indonesian sentences Indonesian: none is the English one word for word', () => {
    // Proper names and codes may match (Coachee); whole sentences may not.
    const same = Object.entries(CATALOGS.id).filter(([key, sentence]) => sentence === en[key as keyof typeof en] && sentence.includes(' '));
    expect(same).toEqual([]);
  });
});

describe('translate', () => {
  it('fills parameters, numbers the reader\'s way, nested messages and lists in the same language', () => {
    const m = msg('import.tooManyRows', { max: 10_000, rowsAre: msg('import.rowsAre.users') });
    expect(translate('en', m)).toBe('The file has more than 10,000 rows; at most 10,000 users per file. Split it into smaller files.');
    expect(translate('id', m)).toBe('Berkas berisi lebih dari 10.000 baris; paling banyak 10.000 pengguna per berkas. Pecah menjadi beberapa berkas yang lebih kecil.');
    expect(translate('id', msg('import.missingColumns', { columns: ['package', 'question'], missing: ['question'] }))).toBe(
      'Baris pertama harus berisi nama kolom package, question; yang belum ada: question.',
    );
    expect(translate('id', msg('errors.not_found', { thing: msg('thing.assessment') }))).toBe('Asesmen tidak ditemukan.');
  });

  it('answers a plain (not yet translated) string as it is, and translates every Message inside error details', () => {
    expect(translate('id', 'Plain English.')).toBe('Plain English.');
    const details = { issues: [{ path: 'file', message: msg('import.emptyFile') }], current: { at: new Date(0) }, rows: [] };
    expect(translateDeep('id', details)).toEqual({ issues: [{ path: 'file', message: CATALOGS.id['import.emptyFile'] }], current: { at: new Date(0) }, rows: [] });
  });
});

describe('zodIssueText', () => {
  const issuesOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues.map(zodIssueText);

  it('translates each kind of issue; English keeps the schema\'s own sentence', () => {
    const schema = z.strictObject({
      name: z.string().min(2),
      code: z.string().min(1, 'Enter a code'),
      count: z.number().int().min(1).max(5),
      email: z.email(),
      role: z.enum(['admin', 'hc']),
      list: z.array(z.string()).min(1),
    });
    const issues = issuesOf(schema, { name: 'a', code: '', count: 9, email: 'x', role: 'boss', list: [], extra: 1 });
    expect(issues.map((m) => translate('id', m))).toEqual([
      'Isi minimal 2 karakter',
      'Wajib diisi',
      'Maksimal 5',
      'Isi alamat email yang valid',
      'Pilih salah satu: admin, hc',
      'Pilih minimal 1',
      'Isian tidak dikenal: extra',
    ]);
    expect(translate('en', issues[1]!)).toBe('Enter a code');
    expect(issuesOf(z.object({ n: z.number() }), {}).map((m) => translate('id', m))).toEqual(['Wajib diisi']);
    expect(issuesOf(z.number(), 'x').map((m) => translate('id', m))).toEqual(['Isi dengan angka']);
  });

  it('speaks both languages for a custom issue whose message is a catalog key', () => {
    const schema = z.array(z.boolean()).superRefine((v, ctx) => ctx.addIssue({ code: 'custom', message: 'question.onlyOneCorrect', params: { count: v.length } }));
    const [issue] = issuesOf(schema, [true, true]);
    expect(translate('en', issue!)).toBe('Only one option may be correct; 2 are marked.');
    expect(translate('id', issue!)).toBe('Hanya satu pilihan yang boleh benar; 2 pilihan ditandai.');
  });
});
