import { expect, test, type Locator, type Page } from '@playwright/test';
import { openExam } from './exam-support.js';
import { DEMO_SHAPE, examWithWorkers } from './factories.js';
import { ApiClient, openRoom, Worker } from './monitoring-support.js';
import { captureScreen, signIn } from './support.js';

// A 360 px phone: what HC and the worker need most stays on screen without sideways scrolling.
const PHONE = { width: 360, height: 740 };

/** Inside the viewport's width: nothing to scroll sideways for. */
async function expectWithinWidth(page: Page, ...locators: Locator[]) {
  for (const locator of locators) {
    const box = await locator.boundingBox();
    expect(box, String(locator)).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  }
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
}

test('monitor on a phone: each session a card with status, progress, time left and its menu in view', async ({ page, playwright, baseURL }, testInfo) => {
  const { exam, workers } = await examWithWorkers(baseURL!, 2, DEMO_SHAPE);
  const api = await ApiClient.signIn(playwright, baseURL!, workers[0]!.username);
  const w = await Worker.find(api, exam.title);
  await w.start();
  await w.answerFirst(3);
  await api.dispose();

  await page.setViewportSize(PHONE);
  await signIn(page, 'hc');
  await expect(page).toHaveURL(/\/hc\//);
  await openRoom(page, w.assessmentId);
  const id = w.sessionId;
  await expect(page.getByTestId(`answered-${id}`)).toHaveText('3/30');
  await expectWithinWidth(page, page.getByTestId(`row-${id}`), page.getByTestId(`status-${id}`), page.getByTestId(`answered-${id}`), page.getByTestId(`time-left-${id}`), page.getByTestId(`actions-${id}`));
  // The column headers are gone on a phone; the sort select takes their place.
  await page.getByTestId('monitor-sort').selectOption('progress');
  await expect(page.getByTestId('monitor-table').locator('tbody tr').first()).toHaveAttribute('data-status', 'not_started');
  await page.getByTestId('monitor-sort').selectOption('name');
  await captureScreen(page, testInfo, 'phone-monitor-id');

  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('connection-state')).toContainText('Live');
  await captureScreen(page, testInfo, 'phone-monitor-en');
  await page.getByTestId(`actions-${id}`).click();
  await expect(page.getByTestId(`action-pause-${id}`)).toBeInViewport();
});

test('exam on a phone: timer, progress and Submit always in reach; the palette opens from the bar', async ({ page, baseURL }, testInfo) => {
  const { exam, workers } = await examWithWorkers(baseURL!, 1, DEMO_SHAPE);
  await page.setViewportSize(PHONE);
  await openExam(page, workers[0]!.username, exam.title);
  await page.getByTestId('option-0-1').check();

  // At the far end of a long page the timer (top) and the bar (bottom) are still on screen.
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
  for (const id of ['timer', 'progress', 'submit-exam', 'palette-toggle']) await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('progress')).toContainText('1 dari 30');
  await expect(page.getByTestId('palette-12')).toBeHidden();
  await captureScreen(page, testInfo, 'phone-exam-id', { fullPage: false });

  // The palette opens above the bar; a jump closes it and shows the question.
  await page.getByTestId('palette-toggle').click();
  await expect(page.getByTestId('palette-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('open-review')).toBeVisible();
  await captureScreen(page, testInfo, 'phone-exam-palette-id', { fullPage: false });
  await page.getByTestId('palette-12').click();
  await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', '1');
  await expect(page.getByTestId('palette-12')).toBeHidden();
  await expect(page.getByTestId('option-12-0')).toBeFocused();

  // Closing the submit dialog hands focus back to the Submit button.
  await page.getByTestId('lang-en').click();
  await page.getByTestId('submit-exam').click();
  await expect(page.getByTestId('submit-dialog')).toBeVisible();
  await page.getByTestId('submit-dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('submit-exam')).toBeFocused();
  await captureScreen(page, testInfo, 'phone-exam-en', { fullPage: false });

  // On a desktop the sidebar is back beside the questions, with no toggle.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByTestId('palette-toggle')).toBeHidden();
  await expect(page.getByTestId('palette-12')).toBeVisible();
});
