import { expect, test, type Page } from '@playwright/test';
import { apiAs, delayAnswerSaves, expectSaved, openExam, serverView, shownRemainingMs } from './exam-support.js';
import { DEMO_SHAPE, examWithWorkers, type TestExam, type TestUser } from './factories.js';
import { captureScreen, signIn } from './support.js';

// Each test has a worker and an exam of its own (a session starts only once, so tests never share
// one), shaped like the demo assessment: 30 questions of 4 options, 10 per page, 30 minutes.

/** A new worker assigned a new demo-shaped exam, opened on `page`. */
async function openOwnExam(page: Page, baseURL: string): Promise<{ sessionId: string; worker: TestUser; exam: TestExam }> {
  const { exam, workers: [worker] } = await examWithWorkers(baseURL, 1, DEMO_SHAPE);
  return { sessionId: await openExam(page, worker!.username, exam.title), worker: worker!, exam };
}

test.describe('taking an exam', () => {
  test('(1) a killed browser loses nothing: same page, same answers, the right time left', async ({ page, context, browser, baseURL }, testInfo) => {
    const { sessionId, worker, exam } = await openOwnExam(page, baseURL!);
    // Ten answers across three pages: question index -> option index.
    const chosen: Record<number, number> = { 0: 1, 1: 2, 2: 3, 3: 0, 10: 1, 11: 3, 12: 2, 20: 3, 21: 0, 22: 2 };
    for (const [pageIndex, questions] of [[0, [0, 1, 2, 3]], [1, [10, 11, 12]], [2, [20, 21, 22]]] as const) {
      await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', String(pageIndex));
      for (const q of questions) await page.getByTestId(`option-${q}-${chosen[q]}`).check();
      if (pageIndex < 2) await page.getByTestId('next-page').click();
    }
    await expectSaved(page);
    await expect(page.getByTestId('progress')).toContainText('10 dari 30');
    const before = await serverView(page, sessionId);
    const killedAt = Date.now();
    expect(Object.values(before.answers).filter(Boolean)).toHaveLength(10);

    // No unload, no goodbye: the context (and with it this device's storage) is simply gone.
    await context.close();

    const fresh = await browser.newContext({ baseURL });
    const again = await fresh.newPage();
    await signIn(again, worker.username);
    const row = again.getByTestId('my-session').filter({ hasText: exam.title });
    await expect(row.getByTestId('resume-session')).toBeVisible();
    await expect(row.getByTestId('session-remaining')).toContainText('menit');
    await captureScreen(again, testInfo, 'my-assessments-resume');
    await row.getByTestId('resume-session').click();

    await expect(again.getByTestId('exam-page')).toHaveAttribute('data-page-index', '2');
    for (const [q, option] of Object.entries(chosen)) {
      const index = Number(q);
      if (index >= 20) await expect(again.getByTestId(`option-${index}-${option}`)).toBeChecked();
    }
    await again.getByTestId('palette-0').click();
    for (const q of [0, 1, 2, 3]) await expect(again.getByTestId(`option-${q}-${chosen[q]}`)).toBeChecked();
    await expect(again.getByTestId('palette-4')).toHaveAttribute('data-state', 'unanswered');
    await expect(again.getByTestId('palette-10')).toHaveAttribute('data-state', 'answered');

    const expected = before.remainingMs! - (Date.now() - killedAt);
    expect(Math.abs((await shownRemainingMs(again)) - expected)).toBeLessThan(2_000);
    await fresh.close();
  });

  test('(1b) a change that never left the device is replayed from browser storage after a crash', async ({ page, context, browser, baseURL }) => {
    const { sessionId } = await openOwnExam(page, baseURL!);
    const questionId = (await serverView(page, sessionId)).questions[5]!.id;
    // The save cannot get out; the crash comes before the network does.
    await page.route('**/api/sessions/*/answers/*', (route) => route.abort('internetdisconnected'));
    await page.getByTestId('option-5-2').check();
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'offline');
    const device = await context.storageState();
    expect(JSON.stringify(device.origins)).toContain(questionId);
    await context.close();

    // The same device after a restart: its storage (and login) survive, the tab does not.
    const restarted = await browser.newContext({ baseURL, storageState: device });
    const again = await restarted.newPage();
    await again.goto(`/me/assessments/${sessionId}/take`);
    await expect(again.getByTestId('option-5-2')).toBeChecked();
    await expectSaved(again);
    const view = await serverView(again, sessionId);
    expect(view.answers[questionId]).toBe(view.questions[5]!.options[2]!.id);
    await restarted.close();
  });

  test('(2) offline: answers wait on the device, pages still change, all arrive when back online', async ({ page, context, baseURL }, testInfo) => {
    const { sessionId } = await openOwnExam(page, baseURL!);
    await expectSaved(page);
    await context.setOffline(true);
    const picks: [number, number][] = [[0, 0], [1, 1], [10, 2], [11, 3], [12, 0]];
    await page.getByTestId(`option-0-0`).check();
    await page.getByTestId(`option-1-1`).check();
    await page.getByTestId('next-page').click();
    await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', '1');
    for (const [q, option] of picks.slice(2)) await page.getByTestId(`option-${q}-${option}`).check();

    const saveState = page.getByTestId('save-state');
    await expect(saveState).toHaveAttribute('data-state', 'offline');
    await expect(saveState).toHaveText('Offline — 5 jawaban menunggu');
    await captureScreen(page, testInfo, 'exam-offline-id', { fullPage: false });
    await page.setViewportSize({ width: 390, height: 844 });
    await captureScreen(page, testInfo, 'exam-offline-id-390', { fullPage: false });
    // The server really has none of them yet (this request does not go through the offline page).
    expect(Object.values((await serverView(page, sessionId)).answers).filter(Boolean)).toHaveLength(0);

    await context.setOffline(false);
    await expectSaved(page);
    const view = await serverView(page, sessionId);
    for (const [q, option] of picks) expect(view.answers[view.questions[q]!.id]).toBe(view.questions[q]!.options[option]!.id);
    expect(view.pageIndex).toBe(1);
  });

  test('(3) clicking A, B, C and Next at once: the server holds C, and only A and C were sent', async ({ page, baseURL }) => {
    const { sessionId } = await openOwnExam(page, baseURL!);
    const sent: { seq: number; optionId: string | null }[] = [];
    // Long enough to hold A in flight while three clicks and Next happen, even on a busy machine.
    await delayAnswerSaves(page, 3_000, sent);
    await page.getByTestId('option-0-0').click();
    await page.getByTestId('option-0-1').click();
    await page.getByTestId('option-0-2').click();
    await page.getByTestId('next-page').click();

    // The page changed while the saves were still on their way: navigation never waits.
    await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', '1');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saving');
    await expectSaved(page);

    const view = await serverView(page, sessionId);
    const options = view.questions[0]!.options.map((o) => o.id);
    expect(view.answers[view.questions[0]!.id]).toBe(options[2]);
    // A was in flight; B, queued behind it, was replaced by C before it ever left.
    expect(sent).toEqual([
      { optionId: options[0], seq: 1, clientTime: expect.any(String) },
      { optionId: options[2], seq: 3, clientTime: expect.any(String) },
    ]);
    expect(view.pageIndex).toBe(1);
  });

  test('(4) answering and submitting at once: the result counts that answer', async ({ page, baseURL }) => {
    const { sessionId } = await openOwnExam(page, baseURL!);
    await delayAnswerSaves(page, 3_000);
    await page.getByTestId('option-0-1').click();
    await page.getByTestId('submit-exam').click();
    await page.getByTestId('confirm-submit').click();

    const outcome = page.getByTestId('exam-outcome');
    await expect(outcome).toBeVisible();
    await expect(outcome).toHaveAttribute('data-reason', 'submitted');
    await expect(page.getByTestId('outcome-answered')).toHaveAttribute('data-answered', '1');
    await expect(page.getByTestId('outcome-answered')).toHaveText('1 dari 30 soal dijawab');

    const result = await page.request.get(`/api/sessions/${sessionId}/result`);
    expect(result.ok()).toBe(true);
    expect(await result.json()).toMatchObject({ status: 'submitted', answeredCount: 1, questionCount: 30 });
  });

  test('(5) a device clock 10 minutes off changes nothing: the timer follows the server', async ({ page, baseURL }) => {
    await page.clock.install({ time: Date.now() + 10 * 60_000 });
    const { sessionId } = await openOwnExam(page, baseURL!);
    const skew = (await page.evaluate(() => Date.now())) - Date.now();
    expect(Math.abs(skew - 10 * 60_000)).toBeLessThan(5_000);

    const expectTimerRight = async () => {
      const shown = await shownRemainingMs(page);
      const server = (await serverView(page, sessionId)).remainingMs!;
      expect(Math.abs(shown - server)).toBeLessThan(2_000);
    };
    await expectTimerRight();
    const shown = await page.getByTestId('timer').textContent();
    expect(shown).toMatch(/^(30:00|29:\d\d)$/);

    // The device clock jumps (a user fixing it, an NTP step): the countdown does not.
    await page.clock.setSystemTime(Date.now() - 45 * 60_000);
    await page.waitForTimeout(1_500);
    await expectTimerRight();
  });

  test('(6) time runs out with the page open: the worker sees the outcome, saved answers scored', { tag: '@real-time' }, async ({ page, baseURL }, testInfo) => {
    test.setTimeout(150_000);
    // A one-minute exam of three one-point questions (the first option is the right one).
    const { exam, workers: [worker] } = await examWithWorkers(baseURL!, 1, { durationMinutes: 1 });
    const sessionId = await openExam(page, worker!.username, exam.title);
    await expect(page.getByTestId('question-0')).toContainText('Pertanyaan 1\nBaris kedua');
    await page.getByTestId('option-0-0').check(); // right
    await page.getByTestId('option-1-1').check(); // wrong
    await expectSaved(page);
    // A one-minute exam warns from half its time (30 s left), never at the start.
    await expect(page.getByTestId('time-warning')).toHaveCount(0);
    await expect(page.getByTestId('time-warning')).toHaveAttribute('data-level', 'final', { timeout: 45_000 });

    const outcome = page.getByTestId('exam-outcome');
    await expect(outcome).toBeVisible({ timeout: 90_000 });
    await expect(outcome).toHaveAttribute('data-reason', 'time_up');
    await expect(page.getByTestId('outcome-answered')).toHaveAttribute('data-answered', '2');
    await expect(page.getByTestId('outcome-answered')).toHaveAttribute('data-total', '3');
    await expect(page.getByTestId('outcome-passed')).toHaveAttribute('data-passed', 'false');
    await captureScreen(page, testInfo, 'exam-outcome-time-up-id');

    const result = (await (await page.request.get(`/api/sessions/${sessionId}/result`)).json()) as Record<string, unknown>;
    expect(result).toMatchObject({ status: 'submitted', answeredCount: 2, questionCount: 3, scorePoints: 1, maxPoints: 3, passed: false });
  });

  test('the exam page at desktop and phone width, in both languages, works by keyboard', async ({ page, baseURL }, testInfo) => {
    const { sessionId } = await openOwnExam(page, baseURL!);
    await page.getByTestId('option-0-1').check();
    await page.getByTestId('option-2-3').check();
    // A radio group answers the arrow keys; each move is a change that is saved.
    await page.getByTestId('option-1-0').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('option-1-1')).toBeChecked();
    await expectSaved(page);
    const view = await serverView(page, sessionId);
    expect(view.answers[view.questions[1]!.id]).toBe(view.questions[1]!.options[1]!.id);
    await captureScreen(page, testInfo, 'exam-desktop-id');

    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await captureScreen(page, testInfo, 'exam-desktop-en');
    await page.getByTestId('open-review').click();
    await expect(page.getByTestId('review-unanswered')).toBeVisible();
    await captureScreen(page, testInfo, 'exam-review-en');
    await page.getByTestId('review-jump-5').click();
    await expect(page.getByTestId('exam-page')).toHaveAttribute('data-page-index', '0');
    await expect(page.getByTestId('option-5-0')).toBeFocused();

    await page.setViewportSize({ width: 390, height: 844 });
    await captureScreen(page, testInfo, 'exam-mobile-en');
    await page.getByTestId('lang-id').click();
    await captureScreen(page, testInfo, 'exam-mobile-id');
    await page.getByTestId('submit-exam').click();
    await expect(page.getByTestId('submit-dialog')).toContainText('27 soal belum dijawab');
    await captureScreen(page, testInfo, 'exam-submit-dialog-id', { fullPage: false });
    await page.getByTestId('confirm-submit').click();
    await expect(page.getByTestId('exam-outcome')).toBeVisible();
    await captureScreen(page, testInfo, 'exam-outcome-mobile-id');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('lang-en').click();
    await captureScreen(page, testInfo, 'exam-outcome-desktop-en');
  });
});

test.describe('HC acting on a running exam', () => {
  test('extend, pause, resume and close reach the open exam page within seconds', async ({ page, baseURL }) => {
    const { sessionId } = await openOwnExam(page, baseURL!);
    await page.getByTestId('option-0-0').check();
    await expectSaved(page);
    const { api, headers } = await apiAs(baseURL!, 'hc');
    const act = async (action: string, data: object = {}) => {
      const response = await api.post(`/api/sessions/${sessionId}/${action}`, { headers, data });
      expect(response.ok(), await response.text()).toBe(true);
    };

    const before = await shownRemainingMs(page);
    await act('extend', { minutes: 10, reason: 'Gangguan listrik' });
    await expect.poll(() => shownRemainingMs(page), { timeout: 5_000 }).toBeGreaterThan(before + 9 * 60_000);

    await act('pause');
    await expect(page.getByTestId('exam-paused')).toBeVisible({ timeout: 5_000 });
    // Let the timer take the server's frozen value (it redraws every 250 ms), then watch it stand still.
    await page.waitForTimeout(1_000);
    const frozen = await page.getByTestId('timer').textContent();
    await page.waitForTimeout(2_000);
    await expect(page.getByTestId('timer')).toHaveText(frozen!);
    await act('resume');
    await expect(page.getByTestId('exam-paused')).toHaveCount(0, { timeout: 5_000 });

    await act('close', { reason: 'Ujian dihentikan' });
    const outcome = page.getByTestId('exam-outcome');
    await expect(outcome).toBeVisible({ timeout: 5_000 });
    await expect(outcome).toHaveAttribute('data-reason', 'closed');
    await expect(page.getByTestId('outcome-reason')).toHaveText('Ujian ditutup oleh HC. Jawaban yang sudah tersimpan tetap dinilai.');
    await expect(page.getByTestId('outcome-answered')).toHaveAttribute('data-answered', '1');
    await api.dispose();
  });
});
