import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import { createExam, createUser, uniqueName, type TestUser } from './factories.js';
import { ApiClient } from './monitoring-support.js';
import { signIn, waitForContent } from './support.js';

const WINDOWS_CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 14; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

/** One of the worker's devices: its own login (so its own device label) with that browser's user agent. */
async function device(baseURL: string, worker: TestUser, userAgent: string) {
  const api: APIRequestContext = await request.newContext({ baseURL, userAgent });
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const login = await api.post('/api/auth/login', { data: { username: worker.username, password: worker.password }, headers: { 'x-csrf-token': csrfToken } });
  expect(login.ok()).toBe(true);
  const headers = { 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
  return {
    api,
    send: (method: 'POST' | 'PUT', path: string, data: unknown = {}) => api.fetch(path, { method, data, headers }),
  };
}

async function screenshot(page: Page, name: string) {
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

test('HC reads one attempt: summary, answer sheet and a timeline filtered by kind, in both languages', async ({ page, baseURL }) => {
  // The attempt, made over the API in a few dozen milliseconds: two devices, a stale save, an HC extend.
  const worker = await createUser(baseURL!, { names: [uniqueName('Sari Wulandari')] });
  const exam = await createExam(baseURL!, { workers: [worker], title: uniqueName('K3 Ruang Terbatas'), questions: 4, optionsPerQuestion: 4, questionsPerPage: 2, passScore: 70 });
  const laptop = await device(baseURL!, worker, WINDOWS_CHROME);
  const { sessions } = (await (await laptop.api.get('/api/me/sessions')).json()) as { sessions: { id: string; assessmentId: string }[] };
  const sessionId = sessions.find((s) => s.assessmentId === exam.id)!.id;
  const { questions } = (await (await laptop.send('POST', `/api/sessions/${sessionId}/start`)).json()) as { questions: { id: string; options: { id: string }[] }[] };
  const save = (on: typeof laptop, question: number, option: number, clientTime?: string) =>
    on.send('PUT', `/api/sessions/${sessionId}/answers/${questions[question]!.id}`, { optionId: questions[question]!.options[option]!.id, seq: 1, clientTime });
  expect((await save(laptop, 0, 0, new Date(Date.now() - 2_000).toISOString())).status()).toBe(200);
  expect((await save(laptop, 1, 2)).status()).toBe(200);
  expect((await laptop.send('PUT', `/api/sessions/${sessionId}/position`, { pageIndex: 1 })).status()).toBe(200);
  expect((await save(laptop, 1, 1)).status()).toBe(409); // stale: the same seq again
  const phone = await device(baseURL!, worker, ANDROID_CHROME);
  expect((await phone.send('POST', `/api/sessions/${sessionId}/start`)).status()).toBe(200);
  const hc = await ApiClient.signIn({ request }, baseURL!, 'hc');
  await hc.post(`/api/sessions/${sessionId}/extend`, { minutes: 10, reason: 'Listrik padam di ruang 2' });
  // The phone's clock runs three minutes fast: the timeline shows it beside the server's.
  expect((await save(phone, 2, 0, new Date(Date.now() + 180_000).toISOString())).status()).toBe(200);
  expect((await phone.send('POST', `/api/sessions/${sessionId}/submit`)).status()).toBe(200);
  await Promise.all([laptop.api.dispose(), phone.api.dispose(), hc.dispose()]);

  await signIn(page, 'hc');
  await expect(page).toHaveURL(/\/hc\/assessments$/);
  // From the live room: the row's menu leads to the attempt's page.
  await page.goto(`/hc/monitoring/${exam.id}`);
  await page.getByTestId(`actions-${sessionId}`).click();
  await page.getByTestId(`action-attempt-${sessionId}`).click();
  await expect(page).toHaveURL(new RegExp(`/hc/attempts/${sessionId}$`));
  await waitForContent(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(worker.name);
  await expect(page.getByTestId('attempt-score')).toContainText('50%');
  await expect(page.getByTestId('attempt-score')).toContainText('Tidak lulus');

  const sheet = page.getByTestId('sheet-row');
  await expect(sheet).toHaveCount(4);
  await expect(sheet.nth(0)).toContainText('Benar');
  await expect(sheet.nth(1)).toContainText('Salah');
  await expect(sheet.nth(3)).toContainText('Tidak dijawab');
  // Time columns name the assessment's zone once, in their header.
  await expect(page.getByRole('columnheader', { name: 'Disimpan (WIB)' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Jam perangkat (WIB)' })).toBeVisible();

  const rows = page.getByTestId('timeline-row');
  const kinds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind')));
  expect(kinds).toEqual(['started', 'answer', 'answer', 'page', 'answer', 'taken_over', 'hc_action', 'answer', 'submitted']);
  await expect(rows.nth(4)).toContainText('Usang, ditolak');
  await expect(rows.nth(5)).toContainText('Chrome 131 · Android');
  await expect(rows.nth(6)).toContainText('Listrik padam di ruang 2');
  await expect(rows.nth(7)).toContainText('3 mnt 0 dtk lebih cepat');
  await screenshot(page, 'attempt-review-id');

  await page.getByTestId('filter-hc_action').click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Waktu diperpanjang');
  await expect(rows.first()).toContainText('+10 menit');
  // A time within a sentence carries the label itself: the deadline moved.
  await expect(rows.first()).toContainText(/\d{2}\.\d{2}\.\d{2} WIB → \d{2}\.\d{2}\.\d{2} WIB/);
  await page.getByTestId('filter-hc_action').click();
  await expect(rows).toHaveCount(9);

  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('heading', { name: 'Answer sheet' })).toBeVisible();
  await expect(rows.nth(4)).toContainText('Stale, refused');
  await screenshot(page, 'attempt-review-en');
});
