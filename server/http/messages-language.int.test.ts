import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../common/i18n/messages.js';
import { LANGUAGE_HEADER } from '../../common/languages.js';
import { USER_IMPORT_COLUMNS } from '../../common/schemas/users.js';
import { assessmentBody, countRows, createAssessment, createUserVia, fileUpload, hoursFromNow, useTestServer } from '../test/factories.js';
import type { TestClient } from '../test/test-server.js';

/**
 * The contract: every error's `message` (and each issue's) is in the caller's language: the
 * signed-in user's chosen language, else Accept-Language, else id (the web's LANGUAGE_HEADER, the
 * language on its screen, comes before all). These clients send no Accept-Language unless told.
 */
const s = useTestServer();
let hc: TestClient;
let admin: TestClient;
beforeAll(async () => {
  hc = await s.t.loginAs('hc');
  admin = await s.t.loginAs('admin');
  hc.language = null;
  admin.language = null;
});
const EN = { headers: { 'accept-language': 'en' } };

describe('the language of server messages', () => {
  it('answers the same bad request in Indonesian by default and in English when asked', async () => {
    const id = await hc.get('/api/assessments/00000000-0000-4000-8000-000000000000');
    expect(id.statusCode).toBe(404);
    expect(id.json()).toEqual({ error: 'not_found', message: 'Asesmen tidak ditemukan.' });
    const en = await hc.get('/api/assessments/00000000-0000-4000-8000-000000000000', EN);
    expect(en.json()).toEqual({ error: 'not_found', message: 'Assessment was not found.' });
    const preferred = await hc.get('/api/assessments/00000000-0000-4000-8000-000000000000', { headers: { 'accept-language': 'fr-FR, en;q=0.8, id;q=0.5' } });
    expect(preferred.json().message).toBe('Assessment was not found.');
  });

  it('says a failed login in Indonesian', async () => {
    const anonymous = await s.t.anonymous();
    anonymous.language = null;
    const res = await anonymous.post('/api/auth/login', { username: 'hc', password: 'not-the-password' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: 'unauthenticated', message: 'Nama pengguna atau kata sandi salah.' });
  });

  it('translates each issue of a validation error, and the message that sums them up', async () => {
    const body = assessmentBody({ title: '', durationMinutes: 'lama', closesAt: hoursFromNow(-2) });
    const id = await hc.post('/api/assessments', body);
    expect(id.statusCode).toBe(400);
    expect(id.json().issues).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'Wajib diisi' },
        { path: 'durationMinutes', message: 'Isi dengan angka' },
      ]),
    );
    expect(id.json().message).toContain('Judul: Wajib diisi');

    const en = await hc.post('/api/assessments', body, EN);
    expect(en.json().issues).toEqual(expect.arrayContaining([{ path: 'title', message: 'Enter a title' }]));

    // A rule joining two fields is a catalog sentence in both languages.
    const window = await hc.post('/api/assessments', assessmentBody({ closesAt: hoursFromNow(-2) }));
    expect(window.json().issues).toEqual([{ path: 'closesAt', message: CATALOGS.id['assessment.closesBeforeOpens'] }]);
  });

  it('reports an import\'s bad rows and a wrong header row in Indonesian, nothing imported', async () => {
    const before = await countRows(s.t.database, 'users');
    const csv = [
      USER_IMPORT_COLUMNS.join(','),
      'bahasa.satu,Satu,coachee,pass-word-1,,,Produksi,',
      'bahasa.satu,Dua,coachee,pass-word-2,,,Produksi,',
      'bahasa.tiga,Tiga,bos,pass-word-3,,,Produksi,',
    ].join('\n');
    const { payload, headers } = fileUpload('pekerja.csv', csv);
    const res = await admin.post('/api/users/import', payload, { headers });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('2 baris bermasalah; tidak ada yang diimpor. Perbaiki lalu unggah berkasnya lagi.');
    expect(res.json().rows).toEqual([
      { row: 3, column: 'username', message: 'username sama dengan baris 2.' },
      { row: 4, column: 'role', message: 'Pilih salah satu: admin, hc, coach, coachee' },
    ]);

    const header = fileUpload('pekerja.csv', 'username,name\nbudi,Budi\n');
    const wrong = await admin.post('/api/users/import', header.payload, { headers: header.headers });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toMatch(/^Baris pertama harus berisi nama kolom username, name, .*; yang belum ada: role, password/);
    expect(await countRows(s.t.database, 'users')).toBe(before);
  });

  it('translates the framework\'s own errors: 415, 413, bad JSON, no such endpoint', async () => {
    const unsupported = await hc.post('/api/assessments', '<judul/>', { headers: { 'content-type': 'application/xml' } });
    expect(unsupported.statusCode).toBe(415);
    expect(unsupported.json()).toEqual({ error: 'unsupported_media_type', message: 'Kirim isi permintaan sebagai application/json.' });
    const english = await hc.post('/api/assessments', '<judul/>', { headers: { 'content-type': 'application/xml', 'accept-language': 'en' } });
    expect(english.json().message).toBe('Send the request body as application/json.');

    const huge = await hc.post('/api/assessments', assessmentBody({ description: 'x'.repeat(1_100_000) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toEqual({ error: 'too_large', message: 'Isi permintaan terlalu besar.' });

    const badJson = await hc.post('/api/assessments', '{"title":', { headers: { 'content-type': 'application/json' } });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json()).toEqual({ error: 'validation', message: 'Isi permintaan bukan JSON yang valid.', issues: [{ path: 'body', message: 'Isi permintaan bukan JSON yang valid.' }] });

    const missing = await hc.get('/api/tidak-ada');
    expect(missing.json()).toEqual({ error: 'not_found', message: 'Alamat API tidak ada: GET /api/tidak-ada' });
  });

  it('writes the question template\'s instructions in the reader\'s language first, then the other', async () => {
    const a = await createAssessment(hc);
    const sheets = async (query: string) => {
      const res = await hc.get(`/api/assessments/${a.id}/packages/template.xlsx${query}`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return book.worksheets.map((sheet) => ({ name: sheet.name, package: sheet.getRow(2).getCell(2).value }));
    };
    expect(await sheets('')).toEqual([
      { name: 'questions', package: expect.anything() },
      { name: 'petunjuk', package: CATALOGS.id['template.package'] },
      { name: 'instructions', package: CATALOGS.en['template.package'] },
    ]);
    expect((await sheets('?lang=en')).map((sheet) => sheet.name)).toEqual(['questions', 'instructions', 'petunjuk']);
  });

  it('answers a signed-in user in the language they chose, on every device, before Accept-Language', async () => {
    const made = await createUserVia(admin, 'hc');
    const laptop = await s.t.loginAs(made.username, made.password);
    laptop.language = null;
    const missing = '/api/assessments/00000000-0000-4000-8000-000000000000';
    expect((await laptop.get('/api/auth/me')).json().user.language).toBeNull();

    const chosen = await laptop.patch('/api/auth/me', { language: 'en' });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().user).toMatchObject({ id: made.id, language: 'en' });
    // The next request on this instance already answers in it, whatever the browser asks for.
    expect((await laptop.get(missing, { headers: { 'accept-language': 'id' } })).json().message).toBe('Assessment was not found.');

    // Another device: the choice comes with the login.
    const phone = await s.t.anonymous();
    phone.language = null;
    const login = await phone.post('/api/auth/login', { username: made.username, password: made.password });
    expect(login.json().user.language).toBe('en');

    // Only the two languages, named exactly; nothing else in the body; nothing changes on refusal.
    for (const body of [{ language: 'fr' }, { language: 'EN' }, {}, { language: 'id', role: 'admin' }]) {
      const refused = await laptop.patch('/api/auth/me', body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.json().message).toMatch(/^[A-Z]/);
    }
    expect((await laptop.get('/api/auth/me')).json().user).toMatchObject({ language: 'en', role: 'hc' });

    // No CSRF token, no change; the refusal too is in the user's language.
    const forged = await laptop.request({ method: 'PATCH', url: '/api/auth/me', payload: { language: 'id' }, withoutCsrf: true });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().message).toMatch(/security token/i);
    expect((await laptop.get('/api/auth/me')).json().user.language).toBe('en');

    // The web names the language on its screen with every request: that wins, so a message always
    // matches the screen, even on a device still showing Indonesian.
    expect((await laptop.get(missing, { headers: { [LANGUAGE_HEADER]: 'id' } })).json().message).toBe('Asesmen tidak ditemukan.');
    expect((await laptop.get(missing, { headers: { [LANGUAGE_HEADER]: 'fr' } })).json().message).toBe('Assessment was not found.');

    await laptop.patch('/api/auth/me', { language: 'id' });
    expect((await laptop.get(missing, EN)).json().message).toBe('Asesmen tidak ditemukan.');
  });
});
