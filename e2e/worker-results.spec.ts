import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { expectSaved, openExam } from './exam-support.js';
import { createCompetency, createExam, createUser, takeExam, uniqueName } from './factories.js';
import { waitForContent } from './support.js';

// The worker after the exam: the result with its pass mark, the answer review where the assessment
// allows it (and no correct option where it does not), "My results" and "My competencies".

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

test('the worker sees the score against the pass mark, the review only where allowed, and the history', async ({ page, baseURL }) => {
  const competency = await createCompetency(baseURL!, uniqueName('Kesiapan darurat'));
  const worker = await createUser(baseURL!);
  // Reviewed: three questions on one page, pass mark 60 %, certifies the competency.
  const reviewed = await createExam(baseURL!, { workers: [worker], title: uniqueName('Tanggap darurat'), questionsPerPage: 3, passScore: 60, allowReview: true, competencyIds: [competency.id] });
  // Not reviewed: taken through the API, one right of three; held in WITA (the other in the default WIB).
  const hidden = await createExam(baseURL!, { workers: [worker], title: uniqueName('Pemadam api'), passScore: 50, extra: { timeZone: 'Asia/Makassar' } });
  const hiddenSession = await takeExam(baseURL!, worker, hidden, (i) => (i === 0 ? 0 : 1));

  // The worker takes the reviewed exam in the browser: right, wrong, right (the first option is the key).
  await openExam(page, worker.username, reviewed.title);
  await page.getByTestId('option-0-0').check();
  await page.getByTestId('option-1-1').check();
  await page.getByTestId('option-2-0').check();
  await expectSaved(page);
  await page.getByTestId('submit-exam').click();
  await page.getByTestId('confirm-submit').click();

  await expect(page.getByTestId('outcome-score')).toHaveText('66,7%');
  await expect(page.getByTestId('outcome-pass-mark')).toHaveText('Batas lulus 60%');
  await expect(page.getByTestId('outcome-passed')).toHaveAttribute('data-passed', 'true');
  const questions = page.getByTestId('review-question');
  await expect(questions).toHaveCount(3);
  await expect(questions.nth(0)).toHaveAttribute('data-verdict', 'right');
  const wrong = questions.nth(1);
  await expect(wrong).toHaveAttribute('data-verdict', 'wrong');
  await expect(wrong).toContainText('Salah');
  // Marked in words: the chosen option says "Jawaban Anda", the key "Jawaban benar".
  await expect(wrong.locator('[data-chosen="true"]')).toContainText('B');
  await expect(wrong.locator('[data-chosen="true"]')).toContainText('Jawaban Anda');
  await expect(wrong.locator('[data-key="true"]')).toContainText('A');
  await expect(wrong.locator('[data-key="true"] .review-tag-key')).toHaveText('✓ Jawaban benar');
  await expect(page.getByTestId('review-tally')).toHaveText('2 benar, 1 salah, 0 tidak dijawab.');
  await screenshot(page, 'worker-outcome-review-id');
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('outcome-pass-mark')).toHaveText('Pass mark 60%');
  await screenshot(page, 'worker-outcome-review-en');
  await page.getByTestId('lang-id').click();

  // My results: both attempts, newest first, each with score, pass mark and outcome.
  await page.getByTestId('back-to-assessments').click();
  await page.getByTestId('nav-my-results').click();
  await waitForContent(page);
  const rows = page.getByTestId('my-result');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(reviewed.title);
  await expect(rows.nth(0)).toContainText('66,7%');
  await expect(rows.nth(0)).toContainText('60%');
  await expect(rows.nth(0)).toContainText('Lulus');
  await expect(rows.nth(1)).toContainText(hidden.title);
  await expect(rows.nth(1)).toContainText('33,3%');
  await expect(rows.nth(1)).toContainText('Tidak lulus');
  // Each submission in its assessment's zone, labelled.
  await expect(rows.nth(0)).toContainText(/\d{2}\.\d{2} WIB/);
  await expect(rows.nth(1)).toContainText(/\d{2}\.\d{2} WITA/);
  await screenshot(page, 'my-results-id');

  // Not allowed: a sentence says so, and no correct option reaches the page (nor the API answer).
  await rows.nth(1).getByTestId('open-my-result').click();
  await expect(page.getByTestId('my-result-score')).toContainText('Nilai 33,3% – batas lulus 50%');
  await expect(page.getByTestId('review-not-allowed')).toBeVisible();
  await expect(page.getByTestId('review-option')).toHaveCount(0);
  await expect(page.getByTestId('my-result-summary')).toContainText(/\d{2}\.\d{2} WITA/);
  const result = (await (await page.request.get(`/api/sessions/${hiddenSession}/result`)).json()) as { review: unknown };
  expect(result.review).toBeNull();
  await screenshot(page, 'my-result-no-review-id');
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('review-not-allowed')).toContainText('does not show an answer review');
  await screenshot(page, 'my-result-no-review-en');

  // The reviewed attempt's own page, from the history (still in English).
  await page.getByRole('link', { name: 'Back to My results' }).click();
  await expect(page.getByTestId('my-result')).toHaveCount(2);
  await screenshot(page, 'my-results-en');
  await page.getByTestId('my-result').nth(0).getByTestId('open-my-result').click();
  await expect(page.getByTestId('my-result-score')).toContainText('Score 66.7% – pass mark 60%');
  await expect(page.getByTestId('review-question')).toHaveCount(3);
  await screenshot(page, 'my-result-review-en');

  // My competencies: the one the passed assessment certifies.
  await page.getByTestId('nav-my-competencies').click();
  const record = page.getByTestId('competency-record');
  await expect(record).toHaveCount(1);
  await expect(record).toContainText(competency.name);
  await expect(record).toContainText(competency.code);
  await expect(record).toContainText(reviewed.title);
  await expect(record).toContainText(/\d{2}:\d{2} WIB/);
  await screenshot(page, 'my-competencies-en');
  await page.getByTestId('lang-id').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kompetensi saya');
  await screenshot(page, 'my-competencies-id');
});
