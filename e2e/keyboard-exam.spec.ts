import { expect, test, type Page } from '@playwright/test';
import { apiAs, serverView } from './exam-support.js';
import { examWithWorkers, type TestExam, type TestUser } from './factories.js';
import { expectFocusOn, expectFocusOnHeading, expectUnobscured, focused, expectRingDrawn, tabTo, tabToTestId, type FocusInfo } from './keyboard-support.js';

// A worker on a shared desktop or a phone, without a mouse: sign in, start, answer on several
// pages, flag, jump with the palette, change an answer, submit, see the outcome, all with Tab,
// Shift+Tab, Enter, Space, arrows and Escape (page.goto opens the login page; nothing is clicked
// or focused by the test). After each step the focus must be somewhere sensible and drawn.

/** 12 questions of 4 options, 4 per page: three pages. */
const SHAPE = { questions: 12, optionsPerQuestion: 4, questionsPerPage: 4 } as const;
const PHONE = { width: 360, height: 740 };

async function newWorkerAndExam(baseURL: string): Promise<{ exam: TestExam; worker: TestUser }> {
  const { exam, workers } = await examWithWorkers(baseURL, 1, SHAPE);
  return { exam, worker: workers[0]! };
}

/** Presses `key` and expects the focus on `testId` with its ring drawn; returns where it is. */
async function press(page: Page, key: string, testId: string): Promise<FocusInfo> {
  await page.keyboard.press(key);
  return expectFocusOn(page, testId);
}

/** The login form (its username field has the focus on arrival), then "My assessments". */
async function signInByKeyboard(page: Page, worker: TestUser): Promise<void> {
  await page.goto('/login');
  await expect(page.getByLabel('Nama pengguna', { exact: true })).toBeFocused();
  await page.keyboard.type(worker.username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Kata sandi', { exact: true })).toBeFocused();
  await page.keyboard.type(worker.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/me\/assessments$/);
  await expect(page.getByTestId('start-session')).toBeVisible();
}

/** From "My assessments": the start dialog (Escape once to see focus come back), then the exam's first page. */
async function startByKeyboard(page: Page, exam: TestExam): Promise<string> {
  await tabToTestId(page, 'start-session');
  // Tabbed to among other rows' buttons, "Mulai" says which assessment it starts.
  await expect(page.getByTestId('start-session')).toHaveAccessibleName(`Mulai ${exam.title}`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('start-dialog')).toBeVisible();
  await expect.poll(async () => (await focused(page)).dialog, { message: 'focus moves into the start dialog' }).toBe('start-dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('start-dialog')).toHaveCount(0);
  await expectFocusOn(page, 'start-session');

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('start-dialog')).toBeVisible();
  await tabToTestId(page, 'confirm-start');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/me\/assessments\/[^/]+\/take$/);
  await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', '0');
  // The exam opens with the focus on its first page's heading: the next Tab is the first question.
  await expectFocusOnHeading(page, 'Soal 1–4 dari 12');
  return decodeURIComponent(page.url().split('/').at(-2)!);
}

/** Submit from wherever the focus is: the dialog (Escape once: focus back on Submit), confirm, the outcome. */
async function submitByKeyboard(page: Page): Promise<void> {
  await tabToTestId(page, 'submit-exam');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('submit-dialog')).toBeVisible();
  await expect.poll(async () => (await focused(page)).dialog, { message: 'focus moves into the submit dialog' }).toBe('submit-dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('submit-dialog')).toHaveCount(0);
  await expectFocusOn(page, 'submit-exam');

  await page.keyboard.press('Enter');
  await tabToTestId(page, 'confirm-submit');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('exam-outcome')).toHaveAttribute('data-reason', 'submitted');
  // The submit button is gone with the exam: focus goes to the outcome's heading, not the body.
  await expectFocusOnHeading(page, 'Ujian selesai');
  await tabToTestId(page, 'back-to-assessments');
}

/** The server holds exactly `chosen` (question index -> option index); every other question is unanswered. */
async function expectSavedOnServer(page: Page, sessionId: string, chosen: Record<number, number>): Promise<void> {
  const view = await serverView(page, sessionId);
  expect(view.status).toBe('submitted');
  const held = Object.fromEntries(
    view.questions.flatMap((question, index) => {
      const optionIndex = question.options.findIndex((option) => option.id === view.answers[question.id]);
      return optionIndex >= 0 ? [[index, optionIndex]] : [];
    }),
  );
  expect(held).toEqual(chosen);
}

test('desktop: sign in, start, answer three pages, flag, jump, change an answer and submit by keyboard alone', async ({ page, baseURL }) => {
  const { exam, worker } = await newWorkerAndExam(baseURL!);
  await signInByKeyboard(page, worker);

  // Focus starts on the body after the login: the first Tab is the skip link, which lands on the content.
  const [skip] = await tabTo(page, () => true, { max: 1 });
  expect(skip!.text).toBe('Lewati ke konten');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).tag).toBe('main');
  const sessionId = await startByKeyboard(page, exam);
  // The ticking clock is not a live region; the polite one beside it holds a minute mark, not the seconds.
  await expect(page.getByTestId('timer')).not.toHaveAttribute('aria-live', /polite|assertive/);
  await expect(page.getByTestId('timer-mark')).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByTestId('timer-mark')).toHaveText('Sisa waktu kurang dari 30 menit');

  // Page 1, stop by stop: each question's flag (drawn at its top right), its radio group, then "clear".
  const stops = [
    await press(page, 'Tab', 'flag-0'),
    await press(page, 'Tab', 'option-0-0'),
    await press(page, 'Space', 'option-0-0'),
    await press(page, 'ArrowDown', 'option-0-1'),
    await press(page, 'Tab', 'clear-0'),
    await press(page, 'Tab', 'flag-1'),
    await press(page, 'Tab', 'option-1-0'),
    await press(page, 'Space', 'option-1-0'),
    await press(page, 'Tab', 'clear-1'),
    await press(page, 'Tab', 'flag-2'),
    await press(page, 'Tab', 'option-2-0'),
    // Up from the first option wraps to the last, and chooses it.
    await press(page, 'ArrowUp', 'option-2-3'),
    await press(page, 'Tab', 'clear-2'),
    await press(page, 'Tab', 'flag-3'),
    await press(page, 'Space', 'flag-3'),
    await press(page, 'Tab', 'option-3-0'),
    await press(page, 'Tab', 'next-page'),
  ];
  // Tab order follows the page from top to bottom.
  for (const [i, stop] of stops.entries()) if (i > 0) expect(stop.pageTop, `${stop.testId} is not above ${stops[i - 1]!.testId}`).toBeGreaterThanOrEqual(stops[i - 1]!.pageTop - 1);
  await expect(page.getByTestId('option-0-1')).toBeChecked();
  await expect(page.getByTestId('option-2-3')).toBeChecked();
  await expect(page.getByTestId('flag-3')).toHaveAttribute('aria-pressed', 'true');

  // Page 2: the focus moves to its heading; Shift+Tab goes back to a flag.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', '1');
  await expectFocusOnHeading(page, 'Soal 5–8 dari 12');
  await press(page, 'Tab', 'flag-4');
  await press(page, 'Tab', 'option-4-0');
  await press(page, 'Space', 'option-4-0');
  await press(page, 'ArrowDown', 'option-4-1');
  await press(page, 'ArrowDown', 'option-4-2');
  await press(page, 'Shift+Tab', 'flag-4');
  await press(page, 'Enter', 'flag-4');
  await expect(page.getByTestId('flag-4')).toHaveAttribute('aria-pressed', 'true');
  // Back into the group: the chosen option is its one stop.
  await press(page, 'Tab', 'option-4-2');
  await tabToTestId(page, 'option-5-0');
  await press(page, 'Space', 'option-5-0');

  // HC pauses: the questions go and the focus goes to the heading saying why; on resume it is back on the page.
  const hc = await apiAs(baseURL!, 'hc');
  const act = async (action: 'pause' | 'resume') => {
    const response = await hc.api.post(`/api/sessions/${sessionId}/${action}`, { headers: hc.headers, data: {} });
    expect(response.ok(), await response.text()).toBe(true);
  };
  await act('pause');
  await expectFocusOnHeading(page, 'Ujian sedang dijeda');
  await act('resume');
  await expectFocusOnHeading(page, 'Soal 5–8 dari 12');
  await hc.api.dispose();
  await tabToTestId(page, 'next-page');
  await page.keyboard.press('Enter');

  // Page 3, then the palette: back to question 1 (its chosen option gets the focus) to change the answer.
  await expectFocusOnHeading(page, 'Soal 9–12 dari 12');
  await tabToTestId(page, 'option-8-0');
  await press(page, 'ArrowDown', 'option-8-1');
  // "Clear" goes with the answer: the focus stays in the question, on its first option.
  await press(page, 'Tab', 'clear-8');
  await press(page, 'Enter', 'option-8-0');
  await expect(page.getByTestId('question-8').getByRole('radio', { checked: true })).toHaveCount(0);
  await press(page, 'Space', 'option-8-0');
  // The palette is one Tab stop, on the current page's first question; Home and the arrows move in it.
  await tabToTestId(page, 'palette-8');
  await press(page, 'Home', 'palette-0');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', '0');
  await expectFocusOn(page, 'option-0-1');
  await press(page, 'ArrowDown', 'option-0-2');
  await expect(page.getByTestId('option-0-2')).toBeChecked();
  await tabToTestId(page, 'palette-0');
  for (let index = 1; index <= 6; index++) await press(page, 'ArrowRight', `palette-${index}`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', '1');
  await expectFocusOn(page, 'option-6-0');
  await press(page, 'ArrowDown', 'option-6-1');
  await expect(page.getByTestId('palette-3')).toHaveAttribute('data-flagged', 'true');
  await expect(page.getByTestId('palette-4')).toHaveAttribute('data-flagged', 'true');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  await submitByKeyboard(page);
  await expect(page.getByTestId('outcome-answered')).toHaveAttribute('data-answered', '7');
  await expectSavedOnServer(page, sessionId, { 0: 2, 1: 0, 2: 3, 4: 2, 5: 0, 6: 1, 8: 0 });
});

test('phone (360 px): the bottom bar\'s palette and Submit work by keyboard; focus is never hidden behind the bars', async ({ page, baseURL }) => {
  const { exam, worker } = await newWorkerAndExam(baseURL!);
  await page.setViewportSize(PHONE);
  await signInByKeyboard(page, worker);
  const sessionId = await startByKeyboard(page, exam);

  /** Tab to `testId`, checking at every stop on the way that the sticky top bar and the bottom bar leave it in sight. */
  const tabInSight = (testId: string) => tabToTestId(page, testId, { atEachStop: expectUnobscured });
  await tabInSight('option-0-0');
  await press(page, 'Space', 'option-0-0');
  await tabInSight('option-1-0');
  await press(page, 'ArrowDown', 'option-1-1');
  await expectUnobscured(page);
  await tabInSight('next-page');
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, 'Soal 5–8 dari 12');
  await tabInSight('option-4-0');
  await press(page, 'Space', 'option-4-0');
  await press(page, 'ArrowDown', 'option-4-1');
  await press(page, 'ArrowDown', 'option-4-2');

  // The palette opens from the bar; Escape closes it and hands the focus back to its toggle.
  await tabInSight('palette-toggle');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('palette-toggle')).toHaveAttribute('aria-expanded', 'true');
  await press(page, 'Tab', 'palette-4');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('palette-toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('palette-0')).toBeHidden();
  await expectFocusOn(page, 'palette-toggle');

  // Open again, jump to question 1: the palette closes, the focus is on its chosen option, in sight.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('palette-toggle')).toHaveAttribute('aria-expanded', 'true');
  await tabToTestId(page, 'palette-4');
  await press(page, 'ArrowUp', 'palette-3');
  await press(page, 'Home', 'palette-0');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', '0');
  await expect(page.getByTestId('palette-0')).toBeHidden();
  await expectFocusOn(page, 'option-0-0');
  await press(page, 'ArrowDown', 'option-0-1');
  await expectUnobscured(page);
  expectRingDrawn(await focused(page));
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  await submitByKeyboard(page);
  await expect(page.getByTestId('outcome-answered')).toHaveAttribute('data-answered', '3');
  await expectSavedOnServer(page, sessionId, { 0: 1, 1: 1, 4: 2 });
});

test('a submit that may not be called off (the server refused a save: the exam is over) keeps its dialog open through any number of Escapes', async ({ page, baseURL }) => {
  const { exam, worker } = await newWorkerAndExam(baseURL!);
  await signInByKeyboard(page, worker);
  await startByKeyboard(page, exam);
  // The server says the exam is closed on the next save; the submit that follows is held back meanwhile.
  await page.route('**/api/sessions/*/answers/*', (route) =>
    route.fulfill({ status: 409, contentType: 'application/json', body: JSON.stringify({ error: 'exam_closed', message: 'closed' }) }),
  );
  let releaseSubmit = () => {};
  const submitHeld = new Promise<void>((resolve) => (releaseSubmit = resolve));
  await page.route('**/api/sessions/*/submit', async (route) => {
    await submitHeld;
    await route.continue();
  });
  await tabToTestId(page, 'option-0-0');
  await page.keyboard.press('Space');
  const dialog = page.locator('dialog[open][data-testid="submit-dialog"]');
  await expect(dialog.getByTestId('submit-progress')).toBeVisible();
  // Chromium closes a dialog by itself on a repeated Escape once its cancel was refused: it must come back.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect.poll(async () => (await focused(page)).dialog).toBe('submit-dialog');
  releaseSubmit();
  await expect(page.getByTestId('exam-outcome')).toBeVisible();
  await expectFocusOnHeading(page, 'Ujian selesai');
});
