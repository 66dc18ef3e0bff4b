import { expect, test as base, type Page } from '@playwright/test';
import { createExam, createUsers, DEMO_SHAPE, examWithWorkers, type TestExam, type TestUser } from './factories.js';
import { ApiClient, openRoom, openRowAction, secondsOf, Worker } from './monitoring-support.js';
import { captureScreen, signIn } from './support.js';

// Each test drives a worker and an assessment of its own, so files running beside this one never
// touch its rooms. Workers act through the HTTP API, as the exam page does; HC uses the dashboard.

interface Accounts {
  /** A signed-in API client on a context of its own, disposed after the test. */
  client(username: string): Promise<ApiClient>;
  /**
   * A new worker, signed in through the API, and their session of a new assessment shaped like the
   * demo one (30 questions, 30 minutes); `classmates` more new workers are assigned it too.
   */
  worker(classmates?: number): Promise<{ w: Worker; user: TestUser; exam: TestExam }>;
}

const test = base.extend<{ accounts: Accounts }>({
  accounts: async ({ playwright, baseURL }, use) => {
    const opened: ApiClient[] = [];
    const client = async (username: string) => {
      const signedIn = await ApiClient.signIn(playwright, baseURL!, username);
      opened.push(signedIn);
      return signedIn;
    };
    const worker = async (classmates = 0) => {
      const { exam, workers: [user] } = await examWithWorkers(baseURL!, 1 + classmates, DEMO_SHAPE);
      return { w: await Worker.find(await client(user!.username), exam.title), user: user!, exam };
    };
    await use({ client, worker });
    await Promise.all(opened.map((c) => c.dispose()));
  },
});

async function hcRoom(page: Page, assessmentId: string) {
  await signIn(page, 'hc');
  await expect(page).toHaveURL(/\/hc\//);
  await openRoom(page, assessmentId);
}

test.describe('live monitoring', () => {
  test('hc watches the room while a worker answers: the row moves without a reload', async ({ page, accounts }) => {
    const { w } = await accounts.worker();
    await hcRoom(page, w.assessmentId);
    const row = page.getByTestId(`row-${w.sessionId}`);
    await expect(row).toHaveAttribute('data-status', 'not_started');
    await expect(page.getByTestId(`answered-${w.sessionId}`)).toHaveText('0/30');
    await page.evaluate('window.sameDocument = true');

    await w.start();
    await expect(row).toHaveAttribute('data-status', 'in_progress', { timeout: 2_000 });
    await w.answerFirst(3);
    await expect(page.getByTestId(`answered-${w.sessionId}`)).toHaveText('3/30', { timeout: 2_000 });
    await expect(page.getByTestId(`presence-${w.sessionId}`)).toHaveAttribute('data-presence', 'online');
    await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');
    // "Last seen" says how long ago; the exact time on hover is on the assessment's clock, labelled.
    await expect(row.locator('time[title]')).toHaveAttribute('title', /\d{2}\.\d{2} WIB$/);

    // The time left ticks locally between pushes.
    const timeLeft = page.getByTestId(`time-left-${w.sessionId}`);
    const first = secondsOf(await timeLeft.innerText());
    expect(first).toBeGreaterThan(29 * 60);
    await expect.poll(async () => secondsOf(await timeLeft.innerText()), { timeout: 3_000 }).toBeLessThan(first);

    expect(await page.evaluate('window.sameDocument')).toBe(true);
  });

  test('hc closes a session with a reason: the worker stream says closed within 2 s, the row shows it', async ({ page, accounts, baseURL }) => {
    const { w } = await accounts.worker();
    await w.start();
    await w.answerFirst(2);
    const stream = await w.events(baseURL!);
    await hcRoom(page, w.assessmentId);
    const closedBefore = Number(await page.getByTestId('count-closed').innerText());

    const dialog = await openRowAction(page, w.sessionId, 'close');
    await expect(dialog).toContainText(w.name);
    await dialog.getByTestId('confirm-action').click();
    await expect(dialog.getByText('Tuliskan alasannya.')).toBeVisible();

    await dialog.getByTestId('reason-input').fill('Peserta sakit, ujian dijadwalkan ulang');
    const clickedAt = Date.now();
    await dialog.getByTestId('confirm-action').click();
    const closed = await stream.waitFor((e) => e.event === 'status' && e.data.status === 'closed', 2_000);
    expect(closed.at - clickedAt).toBeLessThan(2_000);
    stream.close();

    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('control-notice')).toContainText(`Sesi ${w.name} ditutup.`);
    await expect(page.getByTestId(`row-${w.sessionId}`)).toHaveAttribute('data-status', 'closed', { timeout: 2_000 });
    await expect(page.getByTestId(`status-${w.sessionId}`)).toHaveText('Ditutup');
    await expect(page.getByTestId('count-closed')).toHaveText(String(closedBefore + 1));
    expect((await w.status()).status).toBe('closed');
    // The saved answers stay; a new one is refused.
    expect((await w.answer(2)).status()).toBe(409);
    await expect(page.getByTestId(`answered-${w.sessionId}`)).toHaveText('2/30');
  });

  test('hc closes a session: the worker exam page shows the closed message within 2 s', async ({ page, browser, accounts }) => {
    const { w, user } = await accounts.worker();
    const workerContext = await browser.newContext();
    const examPage = await workerContext.newPage();
    await signIn(examPage, user.username);
    await expect(examPage).toHaveURL(/\/me\/assessments$/);
    await examPage.goto(`/me/assessments/${w.sessionId}/take`);
    await expect(examPage.getByRole('radio').first()).toBeVisible();

    await hcRoom(page, w.assessmentId);
    await expect(page.getByTestId(`row-${w.sessionId}`)).toHaveAttribute('data-status', 'in_progress');
    const dialog = await openRowAction(page, w.sessionId, 'close', { reason: 'Pelanggaran tata tertib' });
    const clickedAt = Date.now();
    await dialog.getByTestId('confirm-action').click();
    await expect(examPage.getByText(/Ujian ditutup oleh HC/)).toBeVisible({ timeout: 2_000 });
    expect(Date.now() - clickedAt).toBeLessThan(2_500);
    await expect(page.getByTestId(`row-${w.sessionId}`)).toHaveAttribute('data-status', 'closed');
    await workerContext.close();
  });

  test('pause stops the worker clock and resume restarts it', async ({ page, accounts }) => {
    const { w } = await accounts.worker();
    await w.start();
    await hcRoom(page, w.assessmentId);
    const timeLeft = page.getByTestId(`time-left-${w.sessionId}`);

    const pause = await openRowAction(page, w.sessionId, 'pause', { reason: 'Gangguan listrik di ruang ujian' });
    await pause.getByTestId('confirm-action').click();
    await expect(page.getByTestId(`flag-paused-${w.sessionId}`)).toBeVisible({ timeout: 2_000 });
    const pausedStatus = await w.status();
    expect(pausedStatus.paused).toBe(true);
    const pausedShown = await timeLeft.innerText();
    await page.waitForTimeout(2_000);
    expect((await w.status()).remainingMs).toBe(pausedStatus.remainingMs);
    await expect(timeLeft).toHaveText(pausedShown);
    // A paused session is not in the menu for pausing again; it offers resume.
    await page.getByTestId(`actions-${w.sessionId}`).click();
    await expect(page.getByTestId(`action-pause-${w.sessionId}`)).toHaveCount(0);
    await page.keyboard.press('Escape');

    const resume = await openRowAction(page, w.sessionId, 'resume');
    await resume.getByTestId('confirm-action').click();
    await expect(page.getByTestId(`flag-paused-${w.sessionId}`)).toHaveCount(0, { timeout: 2_000 });
    const resumed = await w.status();
    expect(resumed.paused).toBe(false);
    await page.waitForTimeout(1_500);
    expect((await w.status()).remainingMs!).toBeLessThan(resumed.remainingMs! - 1_000);
    await expect.poll(async () => secondsOf(await timeLeft.innerText()), { timeout: 3_000 }).toBeLessThan(secondsOf(pausedShown));
  });

  test('extend by 5 minutes moves the worker deadline and the row time left', async ({ page, accounts, baseURL }) => {
    const { w } = await accounts.worker();
    await w.start();
    const stream = await w.events(baseURL!);
    const before = await w.status();
    await hcRoom(page, w.assessmentId);
    const timeLeft = page.getByTestId(`time-left-${w.sessionId}`);

    const dialog = await openRowAction(page, w.sessionId, 'extend', { minutes: 0 });
    await dialog.getByTestId('confirm-action').click();
    await expect(dialog.getByText('Isi bilangan bulat dari 1 sampai 240.')).toBeVisible();
    await dialog.getByTestId('minutes-input').fill('5');
    const shownBefore = secondsOf(await timeLeft.innerText());
    await dialog.getByTestId('confirm-action').click();
    await expect(page.getByTestId('control-notice')).toContainText(`Waktu ${w.name} diperpanjang 5 menit.`);

    const extended = await stream.waitFor((e) => e.event === 'status' && e.data.reason === 'extended', 2_000);
    stream.close();
    expect(Date.parse(String(extended.data.deadline)) - Date.parse(before.deadline!)).toBe(5 * 60_000);
    const after = await w.status();
    expect(Date.parse(after.deadline!) - Date.parse(before.deadline!)).toBe(5 * 60_000);
    await expect
      .poll(async () => secondsOf(await timeLeft.innerText()) - shownBefore, { timeout: 3_000 })
      .toBeGreaterThanOrEqual(5 * 60 - 5);
    expect(secondsOf(await timeLeft.innerText()) - shownBefore).toBeLessThanOrEqual(5 * 60);
  });

  test('the server refusing an action (409) is shown in the dialog, with the state now', async ({ page, accounts }) => {
    const { w } = await accounts.worker();
    await w.start();
    await hcRoom(page, w.assessmentId);

    const dialog = await openRowAction(page, w.sessionId, 'force-submit', { reason: 'Waktu sudah cukup' });
    // Meanwhile another HC tab closes the same session.
    const otherTab = await accounts.client('hc');
    await otherTab.post(`/api/sessions/${w.sessionId}/close`, { reason: 'Ditutup dari tab lain' });
    await dialog.getByTestId('confirm-action').click();
    const error = dialog.getByTestId('control-error');
    // The server's reason, in the reader's language (the page sends its language with every request).
    await expect(error).toContainText('Server menolak tindakan ini: Hanya sesi yang sedang dikerjakan yang dapat dikumpulkan.');
    await expect(error).toContainText('Status sesi sekarang: Ditutup.');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(page.getByTestId(`row-${w.sessionId}`)).toHaveAttribute('data-status', 'closed');
  });

  test('a coachee opening the monitoring page is refused and sees no data', async ({ page, accounts }) => {
    const { w, user } = await accounts.worker();
    await signIn(page, user.username);
    await expect(page).toHaveURL(/\/me\/assessments$/);
    for (const path of ['/hc/monitoring', `/hc/monitoring/${w.assessmentId}`]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/me\/assessments$/);
      await expect(page.getByTestId('nav-monitoring')).toHaveCount(0);
      await expect(page.getByTestId('monitor-table')).toHaveCount(0);
      await expect(page.getByTestId('connection-state')).toHaveCount(0);
    }
    expect((await w.api.request.get(`/api/assessments/${w.assessmentId}/monitor`)).status()).toBe(403);
    expect((await w.api.request.get(`/api/assessments/${w.assessmentId}/monitor/events`)).status()).toBe(403);
    expect((await w.api.send('POST', `/api/sessions/${w.sessionId}/close`, { reason: 'x' })).status()).toBe(403);
  });

  test('when the stream cannot be held the room polls a snapshot every 15 s, then goes live again', { tag: '@real-time' }, async ({ page, accounts }) => {
    test.setTimeout(90_000);
    const { w } = await accounts.worker();
    await w.start();
    await signIn(page, 'hc');
    await expect(page).toHaveURL(/\/hc\//);
    await page.route('**/monitor/events', (route) => route.abort('connectionrefused'));
    await page.goto(`/hc/monitoring/${w.assessmentId}`);
    const connection = page.getByTestId('connection-state');
    await expect(connection).toHaveAttribute('data-state', 'fallback');
    await expect(connection).toContainText('Mode cadangan 15 dtk');
    await expect(page.getByTestId(`answered-${w.sessionId}`)).toHaveText('0/30');

    await w.answerFirst(4);
    await expect(page.getByTestId(`answered-${w.sessionId}`)).toHaveText('4/30', { timeout: 17_000 });

    await page.unroute('**/monitor/events');
    await expect(connection).toHaveAttribute('data-state', 'live', { timeout: 17_000 });
    await w.answerFirst(5);
    await expect(page.getByTestId(`answered-${w.sessionId}`)).toHaveText('5/30', { timeout: 2_000 });
  });

  test('close everyone and extend everyone, on an assessment of its own', async ({ page, accounts, baseURL }) => {
    const [worker] = await createUsers(baseURL!, 1);
    const { id, title } = await createExam(baseURL!, { workers: [worker!], questions: 2, questionsPerPage: 10, durationMinutes: 20, passScore: 70 });
    const w = await Worker.find(await accounts.client(worker!.username), title);
    await w.start();
    const before = await w.status();
    await signIn(page, 'hc');
    await expect(page).toHaveURL(/\/hc\//);
    await openRoom(page, id);
    await expect(page.getByTestId('count-in_progress')).toHaveText('1');

    await page.getByTestId('assessment-extend').click();
    const extend = page.getByTestId('control-dialog');
    await extend.getByTestId('minutes-input').fill('10');
    await extend.getByTestId('confirm-action').click();
    await expect(page.getByTestId('control-notice')).toHaveText('1 sesi diperpanjang 10 menit.');
    expect(Date.parse((await w.status()).deadline!) - Date.parse(before.deadline!)).toBe(10 * 60_000);

    await page.getByTestId('assessment-close').click();
    const close = page.getByTestId('control-dialog');
    await close.getByTestId('reason-input').fill('Ujian dibatalkan karena evakuasi');
    await close.getByTestId('confirm-action').click();
    await expect(page.getByTestId('control-notice')).toHaveText('Asesmen ditutup; 1 sesi diakhiri.');
    await expect(page.getByTestId('count-closed')).toHaveText('1', { timeout: 2_000 });
    // Nothing left to close or extend: the header says so instead of offering dead buttons.
    await expect(page.getByTestId('assessment-closed')).toBeVisible();
    await expect(page.getByTestId('assessment-close')).toHaveCount(0);
    await expect(page.getByTestId('assessment-extend')).toHaveCount(0);
    expect((await w.status()).status).toBe('closed');
  });

  test('dashboard screenshots: desktop and 390 px, both languages; sorting and filtering', async ({ page, accounts }, testInfo) => {
    // Classmates who have not started, for the status filter and the sorting.
    const { w, exam } = await accounts.worker(3);
    await w.start();
    await w.answerFirst(12);
    // A paused row too, for the pictures.
    await (await accounts.client('hc')).post(`/api/sessions/${w.sessionId}/pause`, { reason: 'Foto dasbor' });
    await signIn(page, 'hc');
    await expect(page).toHaveURL(/\/hc\//);
    await page.getByTestId('nav-monitoring').click();
    await expect(page.getByTestId('monitor-picker')).toBeVisible();
    await captureScreen(page, testInfo, 'monitoring-picker-id');
    await page.getByRole('link', { name: exam.title }).click();
    await expect(page).toHaveURL(new RegExp(`/hc/monitoring/${w.assessmentId}$`));
    await expect(page.getByTestId('connection-state')).toContainText('Langsung');
    await expect(page.getByTestId(`answered-${w.sessionId}`)).toHaveText('12/30');

    // Filter by text, by a status card, then clear.
    await page.getByTestId('monitor-search').fill(w.name.split(' ')[0]!);
    await expect(page.getByTestId('monitor-table').locator('tbody tr')).toHaveCount(1);
    await page.getByTestId('monitor-search').fill('');
    await page.getByTestId('count-not_started').click();
    const tableRows = page.getByTestId('monitor-table').locator('tbody tr');
    await expect(tableRows.first()).toHaveAttribute('data-status', 'not_started');
    await expect(tableRows.and(page.locator(':not([data-status="not_started"])'))).toHaveCount(0);
    await page.getByTestId('count-not_started').click();

    // Sort by progress, most answered first.
    await page.getByTestId('sort-progress').click();
    await page.getByTestId('sort-progress').click();
    await expect(page.getByRole('columnheader', { name: /Progres/ })).toHaveAttribute('aria-sort', 'descending');
    const answered = await page.locator('[data-testid^="answered-"]').allInnerTexts();
    const counts = answered.map((text) => Number(text.split('/')[0]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.getByTestId('sort-name').click();

    await captureScreen(page, testInfo, 'monitoring-room-desktop-id');
    // With the row on top nothing scrolls while its menu is open (scrolling closes the menu).
    await page.getByTestId('monitor-search').fill(w.name);
    await page.getByTestId(`actions-${w.sessionId}`).click();
    await expect(page.getByTestId(`action-menu-${w.sessionId}`)).toBeVisible();
    await captureScreen(page, testInfo, 'monitoring-menu-desktop-id', { fullPage: false });
    await page.getByTestId(`action-extend-${w.sessionId}`).click();
    await captureScreen(page, testInfo, 'monitoring-dialog-desktop-id', { fullPage: false });
    await page.getByRole('button', { name: 'Batal' }).click();
    await page.getByTestId('monitor-search').fill('');

    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('connection-state')).toContainText('Live');
    await captureScreen(page, testInfo, 'monitoring-room-desktop-en');

    await page.setViewportSize({ width: 390, height: 844 });
    await captureScreen(page, testInfo, 'monitoring-room-mobile-en');
    await page.getByTestId('lang-id').click();
    await expect(page.getByTestId('connection-state')).toContainText('Langsung');
    await captureScreen(page, testInfo, 'monitoring-room-mobile-id');
    await page.getByTestId('monitor-search').fill(w.name);
    await page.getByTestId(`actions-${w.sessionId}`).click();
    await page.getByTestId(`action-close-${w.sessionId}`).click();
    await captureScreen(page, testInfo, 'monitoring-dialog-mobile-id', { fullPage: false });
  });
});
