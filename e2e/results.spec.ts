import { expect, request, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { createExam, createUsers, takeExam, uniqueSuffix } from './factories.js';
import { ApiClient } from './monitoring-support.js';
import { signIn, waitForContent } from './support.js';

// HC's results page over an assessment of its own, built through the API in a few seconds: seven
// new workers, four questions of three options whose first option is the key, and answers chosen
// so that question 3 looks mis-keyed: the strongest workers all chose the second option.

/** Option index per question (null = unanswered); the key is index 0 everywhere as authored. */
const ANSWERS: Record<string, (number | null)[]> = {
  Ayu: [0, 0, 1, 0], // 75
  Bayu: [0, 0, 1, 0], // 75
  Candra: [0, 0, 1, 1], // 50
  Dimas: [0, 1, 0, 1], // 50
  Eka: [0, 1, 2, null], // 25
  Farah: [0, 0, 1, 0], // 75, her second attempt; the first ([0, 1, 0, 1], 50) was reset
  Gilang: [], // assigned, never starts
};
const UNITS = { Produksi: ['Ayu', 'Candra', 'Eka', 'Gilang'], Gudang: ['Bayu', 'Dimas', 'Farah'] };

/** A full-page screenshot from the top, so the sticky header is drawn where it belongs. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

async function buildAssessment(baseURL: string) {
  const suffix = uniqueSuffix();
  const workers = [];
  for (const [unit, firstNames] of Object.entries(UNITS)) workers.push(...(await createUsers(baseURL, firstNames.length, { unit, names: firstNames.map((first) => `${first} ${suffix}`) })));
  const exam = await createExam(baseURL, { workers, questions: 4, optionsPerQuestion: 3, passScore: 60, questionsPerPage: 4 });
  const hc = await ApiClient.signIn({ request }, baseURL, 'hc');
  const sessions = new Map<string, string>();
  for (const worker of workers) {
    const first = worker.name.split(' ')[0]!;
    const answers = ANSWERS[first]!;
    if (!answers.length) continue;
    if (first === 'Farah') {
      const replaced = await takeExam(baseURL, worker, exam, (i) => [0, 1, 0, 1][i]!);
      await hc.post(`/api/sessions/${replaced}/reset`, { reason: 'Perangkat mati di tengah ujian' });
      sessions.set('Farah-1', replaced);
    }
    sessions.set(first, await takeExam(baseURL, worker, exam, (i) => answers[i] ?? null));
  }
  await hc.dispose();
  return { assessmentId: exam.id, sessions, suffix };
}

const row = (page: Page, sessionId: string) => page.locator(`[data-testid="result-row"][data-session-id="${sessionId}"]`);
const itemRow = (page: Page, position: number) => page.getByTestId('item-row').filter({ hasText: `Pertanyaan ${position}` });

test('HC reads every attempt, the charts and the item analysis, and re-keys a mis-keyed question', async ({ page, baseURL }) => {
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  const { assessmentId, sessions, suffix } = await buildAssessment(baseURL!);

  await signIn(page, 'hc');
  await expect(page).toHaveURL(/\/hc\//);
  await page.goto(`/hc/results?assessment=${assessmentId}`);
  await waitForContent(page);

  // Attempts: all eight, Farah's reset one kept, marked and numbered.
  await expect(page.getByTestId('result-row')).toHaveCount(8);
  await expect(page.getByTestId('summary-workers')).toContainText('7');
  await expect(page.getByTestId('summary-replaced')).toContainText('1');
  const farahFirst = row(page, sessions.get('Farah-1')!);
  await expect(farahFirst).toHaveAttribute('data-replaced', 'true');
  await expect(farahFirst.getByTestId('attempt-badge')).toHaveText('Percobaan 1 – diganti');
  await expect(farahFirst.getByTestId('score')).toContainText('50%');
  await expect(row(page, sessions.get('Farah')!).getByTestId('attempt-badge')).toHaveText('Percobaan 2');
  await expect(row(page, sessions.get('Ayu')!).getByTestId('attempt-link')).toHaveAttribute('href', `/hc/attempts/${sessions.get('Ayu')}`);
  await expect(page.getByTestId('download-results')).toHaveAttribute('href', `/api/assessments/${assessmentId}/results.xlsx?lang=id`);

  // Filters and sorting.
  await page.getByTestId('results-show-replaced').uncheck();
  await expect(page.getByTestId('result-row')).toHaveCount(7);
  await page.getByTestId('results-status-filter').selectOption('not_started');
  await expect(page.getByTestId('result-row')).toHaveCount(1);
  await expect(page.getByTestId('result-row')).toContainText(`Gilang ${suffix}`);
  await page.getByTestId('results-status-filter').selectOption('');
  await page.getByTestId('results-outcome-filter').selectOption('passed');
  await expect(page.getByTestId('result-row')).toHaveCount(3);
  await page.getByTestId('results-outcome-filter').selectOption('');
  await page.getByTestId('results-show-replaced').check();
  await page.getByTestId('results-sort-score').click();
  await expect(page.getByTestId('result-row').first().getByTestId('score')).toContainText('75%');
  await expect(page.getByTestId('result-row').last()).toContainText(`Gilang ${suffix}`);
  await screenshot(page, 'results-attempts-id');

  // Charts: drawn as SVG, each with its summary and a table of its numbers.
  await page.getByTestId('results-tab-charts').click();
  for (const chart of ['chart-histogram', 'chart-units', 'chart-options']) await expect(page.getByTestId(chart).locator('svg.recharts-surface').first()).toBeVisible();
  await expect(page.getByTestId('chart-histogram-summary')).toContainText('6 percobaan dinilai; 3 mencapai nilai lulus 60');
  await expect(page.getByTestId('chart-options-summary')).toContainText('No. 3');
  await expect(page.getByTestId('chart-histogram')).toContainText('Lulus ≥ 60');
  await screenshot(page, 'results-charts-id');
  await page.getByTestId('chart-units-toggle').click();
  await expect(page.getByTestId('chart-units-table')).toContainText('Gudang');
  await page.getByTestId('chart-units-toggle').click();

  // Item analysis: question 1 everybody got right, question 3 looks mis-keyed.
  await page.getByTestId('results-tab-items').click();
  await expect(itemRow(page, 1).getByTestId('flag-too_easy')).toHaveText('Terlalu mudah');
  const third = itemRow(page, 3);
  await expect(third).toHaveAttribute('data-flagged', 'true');
  for (const flag of ['too_hard', 'negative_discrimination', 'distractor_beats_key_in_top_group']) await expect(third.getByTestId(`flag-${flag}`)).toBeVisible();
  await expect(third.getByTestId('item-difficulty')).toHaveText('0,17');
  await expect(page.getByTestId('flag-legend')).toContainText('Pengecoh mengalahkan kunci');
  await page.getByTestId('items-sort-difficulty').click();
  await expect(page.getByTestId('item-row').first()).toContainText('Pertanyaan 3');
  await screenshot(page, 'results-items-id');

  // Re-key question 3 to B: a reason is required, then every scored attempt is scored again.
  await third.getByTestId('rekey-open').click();
  const dialog = page.getByTestId('rekey-dialog');
  await dialog.getByTestId('rekey-option-1').check();
  await dialog.getByTestId('rekey-submit').click();
  await expect(dialog).toContainText('Tuliskan alasannya.');
  await dialog.getByTestId('rekey-reason').fill('Kunci jawaban salah ketik; jawaban yang benar B.');
  await dialog.getByTestId('rekey-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('rekey-notice')).toHaveText(/7 percobaan dinilai ulang\./);
  await expect(third.getByTestId('item-option-key')).toContainText('Jawaban salah');
  await expect(third.getByTestId('flag-distractor_beats_key_in_top_group')).toHaveCount(0);

  await page.getByTestId('results-tab-attempts').click();
  await expect(row(page, sessions.get('Ayu')!).getByTestId('score')).toContainText('100%');
  await expect(row(page, sessions.get('Dimas')!).getByTestId('score')).toContainText('25%');
  await expect(farahFirst.getByTestId('score')).toContainText('25%');
  await expect(page.getByTestId('summary-passed')).toContainText('4');

  // English.
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('download-results')).toHaveAttribute('href', `/api/assessments/${assessmentId}/results.xlsx?lang=en`);
  await expect(farahFirst.getByTestId('attempt-badge')).toHaveText('Attempt 1 – replaced');
  await page.getByTestId('results-tab-charts').click();
  await expect(page.getByTestId('chart-histogram-summary')).toContainText('6 attempts scored; 4 reached the pass score of 60');
  await expect(page.getByTestId('chart-units-summary')).toHaveText('Every unit: 67% passed.');
  await expect(page.getByTestId('chart-options').locator('svg.recharts-surface')).toBeVisible();
  await screenshot(page, 'results-charts-en');
  await page.getByTestId('results-tab-items').click();
  await expect(itemRow(page, 1).getByTestId('flag-too_easy')).toHaveText('Too easy');
  await screenshot(page, 'results-items-en');
  await page.getByTestId('lang-id').click();
});
