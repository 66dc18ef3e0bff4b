import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCompetency, createExam, createUsers, DEMO_SHAPE, examWithWorkers, takeExam, uniqueSuffix } from './factories.js';
import { dateDigits, typeDate } from './date-entry-support.js';
import { captureScreen, signIn, waitForContent } from './support.js';

/** The header row of the question template (server/domain/question-bank/question-workbook.ts). */
const WORKBOOK_HEADER = ['package', 'question', 'option_a', 'option_b', 'option_c', 'option_d', 'option_e', 'option_f', 'option_g', 'option_h', 'correct', 'points'];
type Cell = string | number | null;

/** A question row: package, text, options (padded to option_h), correct letter, points. */
const questionRow = (pkg: string, text: string, options: string[], correct: string, points: Cell = 1): Cell[] => [
  pkg,
  text,
  ...Array.from({ length: 8 }, (_, i) => options[i] ?? null),
  correct,
  points,
];

async function writeWorkbook(rows: Cell[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('questions');
  sheet.addRow(WORKBOOK_HEADER);
  for (const row of rows) sheet.addRow(row);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ujian-questions-')), 'questions.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The digits HC types for `minutes` from now on the WIB clock (a new assessment's zone). */
const wibDigits = (minutes: number) => dateDigits(new Date(Date.now() + minutes * 60_000), 'Asia/Jakarta');

/** The page in Bahasa Indonesia and English, on a desktop and on a 390 px phone. */
async function captureEverywhere(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await captureScreen(page, testInfo, `${name}-id`);
  await page.setViewportSize({ width: 390, height: 844 });
  await captureScreen(page, testInfo, `${name}-id-390`);
  await page.getByTestId('lang-en').click();
  await captureScreen(page, testInfo, `${name}-en-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await captureScreen(page, testInfo, `${name}-en`);
  await page.getByTestId('lang-id').click();
}

async function csrfHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  return { 'x-csrf-token': csrfToken };
}

/** An open assessment made through the API, for tests that are about one of its tabs. */
async function createAssessmentViaApi(page: Page, title: string): Promise<string> {
  const response = await page.request.post('/api/assessments', {
    headers: await csrfHeaders(page.request),
    data: {
      title,
      description: '',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      durationMinutes: 20,
      passScore: 60,
      questionsPerPage: 10,
      shuffleQuestions: false,
      shuffleOptions: false,
      competencyIds: [],
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Signs hc in and waits for their home page (the login page has a heading too). */
async function signInAsHc(page: Page): Promise<void> {
  await signIn(page, 'hc');
  await expect(page).toHaveURL(/\/hc\/assessments$/);
  await waitForContent(page);
}

async function importWorkbook(page: Page, file: string) {
  await page.getByLabel('Berkas soal (.xlsx, .gift, atau .txt)').setInputFiles(file);
  await page.getByTestId('import-questions').click();
}

test('hc creates an assessment, writes and imports questions, assigns a unit, and a worker of that unit sees it', async ({ page, browser, baseURL }, testInfo) => {
  test.slow(); // One long story with many screenshots.
  // A warehouse unit of five workers and a competency, all of this test's own.
  const suffix = uniqueSuffix();
  const title = `Gudang aman ${suffix}`;
  const unit = `Gudang ${suffix}`;
  const names = ['Dewi Anggraini', 'Hendra Wijaya', 'Maya Rahmawati', 'Putri Handayani', 'Wulan Sari'].map((name) => `${name} ${suffix}`);
  const [dewi, , , , wulan] = await createUsers(baseURL!, 5, { unit, names });
  const competency = await createCompetency(baseURL!, 'Penyimpanan bahan kimia');
  await signInAsHc(page);
  await captureEverywhere(page, testInfo, 'authoring-list');

  // Create through the form; its own checks speak the reader's language.
  await page.getByTestId('new-assessment').click();
  await waitForContent(page);
  const form = page.getByTestId('assessment-form');
  await form.getByLabel('Judul', { exact: true }).fill(title);
  await form.getByLabel('Deskripsi').fill('Penyimpanan bahan kimia.\nWajib untuk seluruh operator gudang.');
  await typeDate(form.getByTestId('assessment-opensAt'), wibDigits(-5));
  await typeDate(form.getByTestId('assessment-closesAt'), wibDigits(-10));
  await form.getByLabel('Durasi (menit)').fill('700');
  await page.getByTestId('save-assessment').click();
  await expect(form.getByText('Waktu tutup harus setelah waktu buka: pilih waktu tutup yang lebih akhir.')).toBeVisible();
  await expect(form.getByLabel('Durasi (menit)')).toHaveAttribute('aria-invalid', 'true');
  await captureScreen(page, testInfo, 'authoring-new-invalid', { fullPage: false });
  await captureEverywhere(page, testInfo, 'authoring-new');

  await typeDate(form.getByTestId('assessment-closesAt'), wibDigits(24 * 60));
  await form.getByLabel('Durasi (menit)').fill('30');
  await form.getByText('Masa tenggang', { exact: true }).click();
  await form.getByLabel('Masa tenggang (menit)').fill('5');
  await form.getByText(competency.code).click();
  await page.getByTestId('save-assessment').click();
  await expect(page).toHaveURL(/\/hc\/assessments\/[^/]+\?tab=questions$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByTestId('assessment-status')).toHaveText('Dibuka');

  // One question by hand, with the worker's view beside it.
  await expect(page.getByTestId('packages-empty')).toBeVisible();
  await page.getByTestId('add-package').click();
  await expect(page.getByTestId('package-A')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('add-question').click();
  const editor = page.getByTestId('question-editor');
  await editor.getByLabel('Teks soal').fill('Bahan mudah terbakar disimpan:\n1) jauh dari sumber panas\n2) di rak logam\nPilih yang benar.');
  await editor.getByLabel('Teks opsi A').fill('Hanya 1');
  await editor.getByLabel('Teks opsi B').fill('Hanya 2');
  await editor.getByLabel('Teks opsi C').fill('1 dan 2');
  await page.getByTestId('save-question').click();
  // The shared schema's issues, each at its place: the key on the options, the empty option D on D.
  await expect(editor.getByText('Tandai satu pilihan sebagai jawaban yang benar.')).toBeVisible();
  await expect(editor.getByTestId('option-editor-D').locator('.option-error')).toHaveText('Wajib diisi');
  await expect(editor.getByLabel('Teks opsi D')).toHaveAttribute('aria-invalid', 'true');
  await editor.getByLabel('Opsi C adalah jawaban benar').check();
  await editor.getByRole('button', { name: 'Hapus opsi D' }).click();
  const preview = page.getByTestId('question-preview');
  expect(await preview.locator('.question-text').textContent()).toBe('Bahan mudah terbakar disimpan:\n1) jauh dari sumber panas\n2) di rak logam\nPilih yang benar.');
  await expect(preview.locator('.question-text')).toHaveCSS('white-space', 'pre-wrap');
  await expect(preview.getByRole('radio')).toHaveCount(3);
  await expect(preview.getByRole('radio', { checked: true })).toHaveCount(0);
  await captureEverywhere(page, testInfo, 'authoring-question-editor');
  await page.getByTestId('save-question').click();
  await expect(page.getByTestId('question-item')).toHaveCount(1);
  await expect(page.getByTestId('question-item').locator('.answer-key-correct')).toContainText('1 dan 2');
  await captureEverywhere(page, testInfo, 'authoring-questions');

  // Import a workbook in the template's format: five more questions in packages A and B, so both
  // packages have 3 questions and 4 points (packages that differ cannot be assigned).
  await page.getByTestId('tab-workbook').click();
  const goodFile = await writeWorkbook([
    questionRow('A', 'APAR jenis apa yang tepat untuk kebakaran panel listrik?', ['Air', 'Busa', 'CO2', 'Pasir basah'], 'C'),
    questionRow('A', 'Warna label bahan beracun adalah…', ['Hijau', 'Ungu', 'Merah'], 'B', 2),
    questionRow('B', 'Tinggi tumpukan karton maksimum…', ['Tanpa batas', 'Sesuai label', 'Setinggi atap'], 'B'),
    questionRow('B', 'Forklift boleh dioperasikan oleh…\nsiapa saja?', ['Operator bersertifikat', 'Siapa saja'], 'A'),
    questionRow('B', 'Lembar data keselamatan bahan (SDS) disimpan…', ['Di kantor pusat', 'Dekat area penyimpanan bahan'], 'B', 2),
  ]);
  // Hold the server's answer a moment: the page says it is checking the uploaded file.
  await page.route(
    '**/packages/import',
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    },
    { times: 1 },
  );
  await importWorkbook(page, goodFile);
  await expect(page.getByTestId('upload-progress')).toBeVisible();
  await captureScreen(page, testInfo, 'authoring-import-progress', { fullPage: false });
  await expect(page.getByTestId('import-success')).toHaveText('Impor berhasil: 5 soal ditambahkan. Paket baru: B.');
  // Open, so its packages are the same size: the summary counts what one worker gets.
  await expect(page.getByTestId('assessment-summary')).toContainText('3 soal per peserta');
  await expect(page.getByTestId('assessment-summary')).toContainText('2 paket');
  await captureEverywhere(page, testInfo, 'authoring-import-ok');

  // Assign the whole unit: its five workers.
  await page.getByTestId('tab-assignment').click();
  await expect(page.getByTestId('assigned-empty')).toBeVisible();
  await page.getByLabel('Unit', { exact: true }).selectOption(unit);
  await expect(page.getByTestId('coachee-candidate')).toHaveCount(5);
  await page.getByTestId('assign-unit').click();
  await expect(page.getByTestId('assign-notice')).toHaveText('5 peserta ditugaskan.');
  const assigned = page.getByTestId('assigned-worker');
  await expect(assigned).toHaveCount(5);
  await expect(assigned.filter({ hasText: wulan!.name })).toContainText('Belum dimulai');
  // Assigning again is harmless.
  await page.getByLabel('Cari peserta').fill(wulan!.name);
  await expect(page.getByTestId('coachee-candidate')).toHaveCount(1);
  await expect(page.getByTestId('coachee-candidate')).toContainText('Sudah ditugaskan');
  await page.getByLabel('Cari peserta').fill('');
  await expect(page.getByTestId('coachee-candidate')).toHaveCount(5);
  await captureEverywhere(page, testInfo, 'authoring-assignment');

  // Unassign one worker before they start.
  await assigned.filter({ hasText: dewi!.name }).getByRole('button', { name: 'Batalkan' }).click();
  await expect(assigned).toHaveCount(4);

  // A worker of the unit sees it on their dashboard, in a context of their own.
  const workerContext = await browser.newContext();
  const worker = await workerContext.newPage();
  await signIn(worker, wulan!.username);
  await expect(worker).toHaveURL(/\/me\/assessments$/);
  await expect(worker.getByTestId('my-session').filter({ hasText: title })).toBeVisible();
  await captureScreen(worker, testInfo, 'authoring-worker-dashboard');

  // Once the worker starts, HC can no longer unassign them: the 409 is explained.
  const { sessions } = (await (await worker.request.get('/api/me/sessions')).json()) as { sessions: { id: string; title: string }[] };
  const session = sessions.find((s) => s.title === title)!;
  expect((await worker.request.post(`/api/sessions/${session.id}/start`, { headers: await csrfHeaders(worker.request) })).ok()).toBeTruthy();
  await workerContext.close();

  await assigned.filter({ hasText: wulan!.name }).getByRole('button', { name: 'Batalkan' }).click();
  await expect(page.getByTestId('assign-notice')).toHaveText('Peserta ini sudah mulai mengerjakan, sehingga penugasannya tidak dapat dibatalkan.');
  await expect(assigned.filter({ hasText: wulan!.name })).toContainText('Sedang dikerjakan');
  await expect(page.getByTestId('locked-notice')).toBeVisible();
  await captureScreen(page, testInfo, 'authoring-unassign-refused');

  // Locked: questions are read-only, settings mostly frozen.
  await page.getByTestId('tab-questions').click();
  await expect(page.getByTestId('question-item').first()).toBeVisible();
  await expect(page.getByTestId('add-question')).toHaveCount(0);
  await page.getByTestId('tab-settings').click();
  await expect(page.getByLabel('Durasi (menit)')).toBeDisabled();
  await expect(page.getByLabel('Judul', { exact: true })).toBeEnabled();
  await captureEverywhere(page, testInfo, 'authoring-settings-locked');
});

test('a workbook with bad rows shows the row and column report and imports nothing', async ({ page }, testInfo) => {
  await signInAsHc(page);
  const id = await createAssessmentViaApi(page, `Impor ditolak ${uniqueSuffix()}`);
  await page.goto(`/hc/assessments/${id}?tab=workbook`);
  await waitForContent(page);

  const badFile = await writeWorkbook([
    questionRow('A', 'Soal yang benar', ['Ya', 'Tidak'], 'A'),
    questionRow('A', 'Kunci menunjuk opsi kosong', ['Ya', 'Tidak'], 'E'),
    questionRow('B', 'Opsi berlubang', ['Satu', '', 'Tiga'], 'A'),
  ]);
  await importWorkbook(page, badFile);

  await expect(page.getByTestId('import-rejected')).toHaveText(
    'Impor ditolak: 2 baris bermasalah, sehingga tidak ada soal yang diimpor. Perbaiki lalu unggah kembali.',
  );
  const report = page.getByTestId('import-errors');
  const correctIssue = report.locator('tbody tr', { hasText: 'correct' });
  await expect(correctIssue.locator('td').first()).toHaveText('3');
  const gapIssue = report.locator('tbody tr', { hasText: 'option_b' });
  await expect(gapIssue.locator('td').first()).toHaveText('4');
  await expect(page.getByTestId('assessment-summary')).toContainText('0 soal');
  await expect(page.getByTestId('assessment-summary')).toContainText('0 paket');
  await captureEverywhere(page, testInfo, 'authoring-import-rejected');

  // Nothing was written: the question tab is still empty.
  await page.getByTestId('tab-questions').click();
  await expect(page.getByTestId('packages-empty')).toBeVisible();
});

test('hc manages competencies; one in use cannot be deleted', async ({ page, baseURL }, testInfo) => {
  const code = `QA-${uniqueSuffix()}`.slice(0, 32);
  const inUse = await createCompetency(baseURL!, 'Keselamatan kerja dasar');
  await createExam(baseURL!, { competencyIds: [inUse.id] });
  await signInAsHc(page);
  await page.getByTestId('nav-competencies').click();
  await waitForContent(page);

  await page.getByTestId('add-competency').click();
  const dialog = page.getByRole('dialog', { name: 'Tambah kompetensi' });
  await dialog.getByLabel('Kode').fill('bad code!');
  await dialog.getByRole('button', { name: 'Buat kompetensi' }).click();
  await expect(dialog.getByText('Gunakan 1 sampai 32 huruf', { exact: false })).toBeVisible();
  await dialog.getByLabel('Kode').fill(code);
  await dialog.getByLabel('Nama').fill('Pengoperasian forklift');
  await dialog.getByLabel('Deskripsi').fill('Operator forklift bersertifikat.');
  await dialog.getByRole('button', { name: 'Buat kompetensi' }).click();
  await expect(page.getByTestId('competencies-notice')).toHaveText(`Kompetensi ${code} dibuat.`);

  const row = page.getByTestId(`competency-row-${code}`);
  await row.getByRole('button', { name: 'Ubah' }).click();
  const edit = page.getByRole('dialog', { name: `Ubah kompetensi ${code}` });
  await edit.getByLabel('Nama').fill('Pengoperasian forklift aman');
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(row).toContainText('Pengoperasian forklift aman');

  // One certified by an assessment: the 409 is explained in the dialog.
  await page.getByTestId(`competency-row-${inUse.code}`).getByRole('button', { name: 'Hapus' }).click();
  await page.getByTestId('confirm-action').click();
  await expect(page.getByTestId('confirm-error')).toContainText('tidak dapat dihapus');
  await captureScreen(page, testInfo, 'authoring-competency-in-use', { fullPage: false });
  await page.getByRole('button', { name: 'Batal' }).click();

  await row.getByRole('button', { name: 'Hapus' }).click();
  await page.getByTestId('confirm-action').click();
  await expect(page.getByTestId('competencies-notice')).toHaveText(`Kompetensi ${code} dihapus.`);
  await expect(row).toHaveCount(0);
  await captureEverywhere(page, testInfo, 'authoring-competencies');
});

test('hc reads the results of an assessment and can download them', async ({ page, baseURL }, testInfo) => {
  // A worker takes a demo-shaped exam through the API, choosing option A everywhere, and submits it.
  const { exam, workers: [worker] } = await examWithWorkers(baseURL!, 1, DEMO_SHAPE);
  await takeExam(baseURL!, worker!, exam);
  await signInAsHc(page);
  await page.getByTestId('nav-results').click();
  await waitForContent(page);
  const assessment = page.getByLabel('Asesmen', { exact: true });
  await assessment.selectOption({ label: exam.title });
  const finished = page.getByTestId('result-row').filter({ hasText: worker!.name });
  await expect(finished).toContainText('Sudah dikumpulkan');
  await expect(finished).toContainText('%');
  await expect(page.getByTestId('results-summary')).toContainText('Ditugaskan');
  const href = await page.getByTestId('download-results').getAttribute('href');
  const download = await page.request.get(href!);
  expect(download.headers()['content-type']).toContain('spreadsheetml');
  await captureEverywhere(page, testInfo, 'authoring-results');
});
