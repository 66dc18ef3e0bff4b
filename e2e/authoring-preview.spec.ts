import { expect, test, type APIRequestContext } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uniqueName } from './factories.js';
import { captureScreen, signIn, waitForContent } from './support.js';

async function csrfHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  return { 'x-csrf-token': csrfToken };
}

/** An open assessment of 2 questions per page and 25 minutes, with package A of three questions, made through the API. */
async function assessmentWithThreeQuestions(request: APIRequestContext, title: string): Promise<string> {
  const headers = await csrfHeaders(request);
  const created = await request.post('/api/assessments', {
    headers,
    data: {
      title,
      description: '',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      durationMinutes: 25,
      passScore: 60,
      questionsPerPage: 2,
      shuffleQuestions: false,
      shuffleOptions: false,
      competencyIds: [],
    },
  });
  expect(created.status()).toBe(201);
  const assessmentId = ((await created.json()) as { id: string }).id;
  const pkg = (await (await request.post(`/api/assessments/${assessmentId}/packages`, { headers, data: {} })).json()) as { id: string };
  for (const text of ['Soal satu', 'Soal dua', 'Soal tiga']) {
    const added = await request.post(`/api/packages/${pkg.id}/questions`, {
      headers,
      data: { text, points: 1, options: [{ text: `${text}: benar`, correct: true }, { text: `${text}: salah`, correct: false }] },
    });
    expect(added.status()).toBe(201);
  }
  return assessmentId;
}

test('hc moves and duplicates questions, then previews the package as a worker sees it, with nothing sent', async ({ page }, testInfo) => {
  await signIn(page, 'hc');
  await expect(page).toHaveURL(/\/hc\/assessments$/);
  const assessmentId = await assessmentWithThreeQuestions(page.request, uniqueName('Pratinjau'));
  await page.goto(`/hc/assessments/${assessmentId}?tab=questions`);
  await waitForContent(page);
  const items = page.getByTestId('question-item');
  await expect(items).toHaveCount(3);

  // Move "Soal tiga" up with the keyboard; the focus follows it.
  await items.nth(2).getByTestId('move-up').focus();
  await page.keyboard.press('Enter');
  await expect(items.nth(1)).toContainText('Soal tiga');
  await expect(items.nth(1).getByTestId('move-up')).toBeFocused();
  await expect(items.first().getByTestId('move-up')).toBeDisabled();

  // Duplicate the first: the copy comes right after it.
  await items.first().getByRole('button', { name: 'Duplikat soal 1' }).click();
  await expect(items).toHaveCount(4);
  await expect(items).toHaveText([/Soal satu/, /Soal satu/, /Soal tiga/, /Soal dua/]);
  await captureScreen(page, testInfo, 'authoring-reorder-id', { fullPage: false });

  // The preview: the worker's exam page, in the new order, under a "not scored" banner.
  const writes: string[] = [];
  page.on('request', (request) => {
    // The language switch stores the HC's own choice (PATCH /api/auth/me): a setting, not the exam.
    const setting = request.method() === 'PATCH' && new URL(request.url()).pathname === '/api/auth/me';
    if (request.method() !== 'GET' && !setting) writes.push(`${request.method()} ${request.url()}`);
  });
  await page.getByTestId('preview-package').click();
  await expect(page).toHaveURL(new RegExp(`/hc/assessments/${assessmentId}/preview/`));
  await expect(page.getByTestId('preview-banner')).toContainText('Pratinjau — tidak dinilai');
  await expect(page.getByTestId('timer')).toHaveText(/^(25:00|24:5\d)$/);
  await expect(page.getByTestId('question-0')).toContainText('Soal satu');
  await expect(page.getByTestId('question-1')).toContainText('Soal satu');
  await expect(page.getByTestId('question-2')).toHaveCount(0); // two per page
  await page.getByTestId('option-0-1').check();
  await expect(page.getByTestId('palette-0')).toHaveAttribute('data-state', 'answered');
  await captureScreen(page, testInfo, 'authoring-preview-id');

  await page.getByTestId('next-page').click();
  await expect(page.getByTestId('question-2')).toContainText('Soal tiga');
  await expect(page.getByTestId('question-3')).toContainText('Soal dua');
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('preview-banner')).toContainText('Preview — not scored');
  await captureScreen(page, testInfo, 'authoring-preview-en');
  await page.getByTestId('lang-id').click();

  // Choices, flags and pages never left the page: the preview sent nothing.
  expect(writes).toEqual([]);
  await page.getByTestId('preview-end').click();
  await expect(page).toHaveURL(new RegExp(`/hc/assessments/${assessmentId}\\?tab=questions$`));
});

test('hc imports a GIFT file into a package they name and sees the questions it skipped', async ({ page }, testInfo) => {
  await signIn(page, 'hc');
  await expect(page).toHaveURL(/\/hc\/assessments$/);
  const assessmentId = await assessmentWithThreeQuestions(page.request, uniqueName('GIFT'));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ujian-gift-')), 'soal.gift');
  fs.writeFileSync(file, '::Helm:: Warna helm pengunjung? {=Putih ~Kuning ~Merah}\n\n::Esai:: Jelaskan arti K3. {}\n');
  await page.goto(`/hc/assessments/${assessmentId}?tab=workbook`);
  await waitForContent(page);
  await page.getByLabel('Berkas soal (.xlsx, .gift, atau .txt)').setInputFiles(file);
  await page.getByLabel('Paket untuk soal GIFT/Aiken').fill('B');
  await page.getByTestId('import-questions').click();
  await expect(page.getByTestId('import-success')).toContainText('1 soal');
  await expect(page.getByTestId('import-skipped')).toContainText('Esai');
  // The server says why in the UI's language (Accept-Language), not in English.
  await expect(page.getByTestId('import-skipped')).toContainText('Soal esai: hanya soal pilihan ganda yang dapat diimpor.');
  await captureScreen(page, testInfo, 'authoring-gift-import-id', { fullPage: false });
  const { packages } = (await (await page.request.get(`/api/assessments/${assessmentId}/packages`)).json()) as { packages: { name: string; questions: { text: string }[] }[] };
  expect(packages.find((p) => p.name === 'B')?.questions.map((q) => q.text)).toEqual(['Warna helm pengunjung?']);
});
