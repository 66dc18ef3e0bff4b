import { expect, test, type Page } from '@playwright/test';
import { apiAs, expectSaved, openExam, serverView } from './exam-support.js';
import { examWithWorkers } from './factories.js';
import { captureScreen } from './support.js';

// Each test runs its own short exam (3 questions, 2 per page) with a worker of its own, so it never shares a session.

/** Option `option` of question `index` is checked on this page. */
const checked = (page: Page, index: number, option: number) => expect(page.getByTestId(`option-${index}-${option}`)).toBeChecked();

test.describe('fair exams', () => {
  // Each test signs in up to three browsers (and HC through the API): more than the default minute on a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test('two devices: the first is told and blocked, the second saves; continuing on the first takes it back', async ({ page, browser, baseURL }, testInfo) => {
    const { exam, workers: [worker] } = await examWithWorkers(baseURL!, 1);
    const sessionId = await openExam(page, worker!.username, exam.title);
    await page.getByTestId('option-0-1').check();
    await expectSaved(page);

    // A second device: another browser context is another login session.
    const otherContext = await browser.newContext({ baseURL });
    const other = await otherContext.newPage();
    await openExam(other, worker!.username, exam.title);
    await checked(other, 0, 1);

    const blocked = page.getByTestId('exam-taken-over');
    await expect(blocked).toBeVisible({ timeout: 5_000 });
    await expect(blocked).toContainText('Ujian ini sedang dibuka di perangkat lain');
    // Nothing left to click: no question, no submit.
    await expect(page.getByTestId('question-0')).toHaveCount(0);
    await expect(page.getByTestId('submit-exam')).toHaveCount(0);
    await captureScreen(page, testInfo, 'exam-taken-over-id');

    await other.getByTestId('option-1-0').check();
    await expectSaved(other);
    const afterSecond = await serverView(other, sessionId);
    expect(afterSecond.answers[afterSecond.questions[1]!.id]).toBe(afterSecond.questions[1]!.options[0]!.id);

    await page.getByTestId('continue-here').click();
    await expect(page.getByTestId('exam-page')).toBeVisible();
    await checked(page, 0, 1);
    await expect(other.getByTestId('exam-taken-over')).toBeVisible({ timeout: 5_000 });
    // The second device's answer came along.
    await checked(page, 1, 0);
    await otherContext.close();
  });

  test('two tabs of one browser stay in step with each other and the server', async ({ page, context, baseURL }) => {
    const { exam, workers: [worker] } = await examWithWorkers(baseURL!, 1);
    const sessionId = await openExam(page, worker!.username, exam.title);
    const tab = await context.newPage();
    await tab.goto(page.url());
    await expect(tab.getByTestId('exam-page')).toBeVisible();

    await page.getByTestId('option-0-1').check();
    await checked(tab, 0, 1);
    await tab.getByTestId('option-0-0').check();
    await checked(page, 0, 0);
    await expectSaved(page);
    await expectSaved(tab);
    const view = await serverView(page, sessionId);
    expect(view.answers[view.questions[0]!.id]).toBe(view.questions[0]!.options[0]!.id);
    // Still one device: neither tab was taken over.
    await expect(page.getByTestId('exam-taken-over')).toHaveCount(0);
    await expect(tab.getByTestId('exam-taken-over')).toHaveCount(0);
  });

  test('pause hides the questions (even after a reload) and resume brings the exam back on the same page', async ({ page, baseURL }, testInfo) => {
    const { exam, workers: [worker] } = await examWithWorkers(baseURL!, 1);
    const sessionId = await openExam(page, worker!.username, exam.title);
    await page.getByTestId('option-0-1').check();
    await page.getByTestId('next-page').click();
    await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', '1');
    await expectSaved(page);
    const { api, headers } = await apiAs(baseURL!, 'hc');
    const act = async (action: string) => expect((await api.post(`/api/sessions/${sessionId}/${action}`, { headers, data: { reason: 'Listrik padam' } })).ok()).toBe(true);

    await act('pause');
    await expect(page.getByTestId('exam-paused')).toBeVisible({ timeout: 5_000 });
    await expect(page.getByTestId('exam-page')).toHaveCount(0);
    await expect(page.locator('input[type="radio"]')).toHaveCount(0);
    await captureScreen(page, testInfo, 'exam-paused-id');
    const paused = await serverView(page, sessionId);
    expect(paused.questions).toEqual([]);
    expect(paused.answers).toEqual({});

    await page.reload();
    await expect(page.getByTestId('exam-paused')).toBeVisible();
    await expect(page.locator('input[type="radio"]')).toHaveCount(0);

    await act('resume');
    await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', '1', { timeout: 5_000 });
    await page.getByTestId('prev-page').click();
    await checked(page, 0, 1);
    await api.dispose();
  });
});
