import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../common/languages.js';
import { assessmentBody, createAssessment, createPackage, useTestServer } from '../../test/factories.js';
import type { TestClient } from '../../test/test-server.js';

/**
 * A 400 `validation`'s `message` is shown to people as it is (web/src/i18n/errorMessage.ts), so
 * it names fields the way people do ("Judul", "Pilihan 3"), never by code path ("durationMinutes",
 * "options.2.text"); the paths stay in `issues` for programs.
 */
const s = useTestServer();
let hc: TestClient;
let packageId: string;
beforeAll(async () => {
  hc = await s.t.loginAs('hc');
  packageId = (await createPackage(hc, (await createAssessment(hc)).id)).id;
});

/** A camelCase word ("durationMinutes") or a dotted path with an index ("options.2"). */
const CODE_PATH = /\b[a-z]+[A-Z]\w*\b|\b\w+\.\d+\b/;

const asking = (language: Language) => {
  hc.language = language === 'en' ? 'en' : null;
  return hc;
};

describe.each(['id', 'en'] as const)('a validation message in %s', (language) => {
  it('names the fields for people, and keeps the code paths in issues', async () => {
    const res = await asking(language).post('/api/assessments', assessmentBody({ title: '', durationMinutes: 0, passScore: 'high' }));
    expect(res.statusCode).toBe(400);
    const body = res.json() as { message: string; issues: { path: string; message: string }[] };
    expect(body.message).not.toMatch(CODE_PATH);
    expect(body.message).toContain(language === 'id' ? 'Durasi (menit): ' : 'Duration (minutes): ');
    expect(body.message).toContain(language === 'id' ? 'Judul: ' : 'Title: ');
    expect(body.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['title', 'durationMinutes', 'passScore']));
  });

  it('names an item of a list by its number', async () => {
    const options = [{ text: 'Satu', correct: true }, { text: 'Dua' }, { text: '' }];
    const res = await asking(language).post(`/api/packages/${packageId}/questions`, { text: 'Apa?', options });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { message: string; issues: { path: string }[] };
    expect(body.message).not.toMatch(CODE_PATH);
    expect(body.message).toContain(language === 'id' ? 'Pilihan 3: ' : 'Option 3: ');
    expect(body.issues.map((issue) => issue.path)).toContain('options.2.text');
  });
});
