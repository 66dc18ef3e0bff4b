import { expect, test, type Page, type TestInfo } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { apiAs, expectSaved, openExam, serverView } from './exam-support.js';
import { examWithWorkers } from './factories.js';
import { openRoom } from './monitoring-support.js';
import { DEMO_PASSWORD, signIn } from './support.js';

// The worker's page around the exam (issue 10). Each test has an assessment of its own (3
// questions, 2 per page), assigned to workers of its own.

/** A viewport screenshot (the sticky header in place, wherever the page is scrolled) under test-results/screens/. */
async function captureViewport(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join('test-results', 'screens', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await testInfo.attach(name, { body: await page.screenshot({ path: file }), contentType: 'image/png' });
}

/** Fills the login form the page is on (keeping its `?next=`). */
async function fillLogin(page: Page, username: string): Promise<void> {
  await page.getByLabel('Nama pengguna', { exact: true }).fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

test.describe("the worker's page", () => {
  test('a 2-minute exam warns relative to its length, in sight; offline with little time it warns of unsent answers; the late score shows', { tag: '@real-time' }, async ({
    page,
    context,
    baseURL,
  }, testInfo) => {
    test.setTimeout(240_000);
    // A 2-minute exam whose schedule closes after 80 s: the worker starts with about 70 s left,
    // so the last minute comes without waiting out the first.
    const { exam, workers: [worker] } = await examWithWorkers(baseURL!, 1, { durationMinutes: 2, closesInMs: 80_000 });
    const sessionId = await openExam(page, worker!.username, exam.title);
    await page.getByTestId('option-0-0').check(); // right
    await expectSaved(page);
    // No "5 minutes left" on a 2-minute exam, nor any warning at the start (by now the page has
    // loaded the exam's length, which it asks for with the exam).
    await page.waitForTimeout(2_000);
    await expect(page.getByTestId('time-warning')).toHaveCount(0);
    expect(await page.getByTestId('exam-alerts').textContent()).toBe('');

    // From the last minute: the sharper warning, kept in sight while the page scrolls.
    const warning = page.getByTestId('time-warning');
    await expect(warning).toHaveAttribute('data-level', 'final', { timeout: 30_000 });
    await expect(warning).toHaveText('Sisa waktu kurang dari 1 menit! Ujian dikumpulkan otomatis saat waktu habis.');
    await expect(page.getByTestId('exam-alerts')).toHaveAttribute('aria-live', 'polite');
    await page.setViewportSize({ width: 1280, height: 560 });
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    expect(await page.evaluate<number>('window.scrollY')).toBeGreaterThan(0);
    await expect(warning).toBeInViewport();
    await captureViewport(page, testInfo, 'worker-page-time-warning-id');

    // The network drops with an answer not yet sent: the warning says it is at risk.
    await context.setOffline(true);
    await page.getByTestId('option-1-0').check();
    const unsent = page.getByTestId('unsent-warning');
    await expect(unsent).toHaveAttribute('data-count', '1');
    await expect(unsent).toContainText('1 jawaban belum terkirim');
    await expect(unsent).toBeInViewport();
    await captureViewport(page, testInfo, 'worker-page-unsent-warning-id');

    // Still offline when the time is up; back online well after the deadline (the server has
    // scored the session meanwhile): the outcome shows the score, not "cannot be shown".
    await expect(page.getByTestId('timer')).toHaveText('00:00', { timeout: 75_000 });
    await page.waitForTimeout(15_000);
    await context.setOffline(false);
    await expect(page.getByTestId('exam-outcome')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('outcome-score')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('outcome-answered')).toHaveAttribute('data-answered', '1');
    await expect(page.getByTestId('outcome-unsent')).toBeVisible();
    await captureViewport(page, testInfo, 'worker-page-late-score-id');
    const result = (await (await page.request.get(`/api/sessions/${sessionId}/result`)).json()) as { answeredCount: number; scorePoints: number };
    expect(result).toMatchObject({ answeredCount: 1, scorePoints: 1 });
  });

  test('an outcome shown without its score fetches the score once the server can be reached', async ({ page, baseURL }) => {
    const { exam, workers: [worker] } = await examWithWorkers(baseURL!, 1);
    const sessionId = await openExam(page, worker!.username, exam.title);
    await page.getByTestId('option-0-0').check();
    await expectSaved(page);
    // The result cannot be read when HC ends the exam: the outcome first has no score …
    const unreachable = '**/api/sessions/*/result';
    await page.route(unreachable, (route) => route.abort('internetdisconnected'));
    const hc = await apiAs(baseURL!, 'hc');
    const forced = await hc.api.post(`/api/sessions/${sessionId}/force-submit`, { headers: hc.headers, data: { reason: 'Uji nilai terlambat' } });
    expect(forced.ok(), await forced.text()).toBe(true);
    await hc.api.dispose();
    await expect(page.getByTestId('exam-outcome')).toHaveAttribute('data-reason', 'forced');
    await expect(page.getByTestId('outcome-score')).toHaveCount(0);
    // … and shows it as soon as the server answers again, without a reload.
    await page.unroute(unreachable);
    await expect(page.getByTestId('outcome-score')).toHaveText('33,3%', { timeout: 30_000 });
  });

  test('flags mark questions for review in the palette and on the review screen, by keyboard', async ({ page, baseURL }) => {
    const { exam, workers: [worker] } = await examWithWorkers(baseURL!, 1);
    await openExam(page, worker!.username, exam.title);
    await page.getByTestId('flag-1').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('flag-1')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('palette-1')).toHaveAttribute('data-flagged', 'true');
    await expect(page.getByTestId('palette-1')).toHaveAccessibleName('Soal 2, belum dijawab, ditandai untuk ditinjau');

    // Kept on this device across a reload, and listed on the review screen.
    await page.reload();
    await expect(page.getByTestId('palette-1')).toHaveAttribute('data-flagged', 'true');
    await page.getByTestId('open-review').click();
    await expect(page.getByTestId('review-flagged')).toContainText('1 soal ditandai untuk ditinjau');
    await page.getByTestId('review-flagged-1').click();
    await page.getByTestId('flag-1').click();
    await expect(page.getByTestId('palette-1')).toHaveAttribute('data-flagged', 'false');
  });

  test('a login that expires mid-exam returns to the exam after signing in again, answers kept', async ({ page, context, baseURL }) => {
    const { exam, workers: [worker] } = await examWithWorkers(baseURL!, 1);
    const sessionId = await openExam(page, worker!.username, exam.title);
    const examUrl = page.url();
    await page.getByTestId('option-0-0').check();
    await expectSaved(page);

    // The login session ends (its cookie is gone); the next save is refused, the page asks to sign in.
    await context.clearCookies();
    // click, not check: the page leaves for the login form at once, so the radio is not there to re-read.
    await page.getByTestId('option-1-1').click();
    await expect(page).toHaveURL(`${baseURL}/login?next=${encodeURIComponent(new URL(examUrl).pathname)}`);
    await fillLogin(page, worker!.username);

    await expect(page).toHaveURL(examUrl);
    await expect(page.getByTestId('exam-page')).toBeVisible();
    await expect(page.getByTestId('option-1-1')).toBeChecked();
    await expectSaved(page);
    const view = await serverView(page, sessionId);
    expect(Object.values(view.answers).filter((answer) => answer !== null)).toHaveLength(2);
  });

  test('an HC deep link survives the login, and an outside address is never followed', async ({ page, baseURL }) => {
    const { exam } = await examWithWorkers(baseURL!, 1);
    await page.goto(`/hc/monitoring/${exam.id}?status=in_progress`);
    await expect(page).toHaveURL(/\/login\?next=/);
    await fillLogin(page, 'hc');
    await expect(page).toHaveURL(`${baseURL}/hc/monitoring/${exam.id}?status=in_progress`);

    await page.context().clearCookies();
    await page.goto('/login?next=https%3A%2F%2Fevil.example%2F');
    await fillLogin(page, 'hc');
    await expect(page).toHaveURL(`${baseURL}/hc/assessments`);
  });

  test('a closed assessment has no dead buttons: the worker who never started sees it closed, HC sees no close or extend', async ({ page, baseURL }, testInfo) => {
    // Held in WITA: the worker and HC read its window on Makassar's clock, labelled.
    const { exam, workers: [starter, absentee] } = await examWithWorkers(baseURL!, 2, { extra: { timeZone: 'Asia/Makassar' } });
    const { id: assessmentId, title } = exam;
    const started = await apiAs(baseURL!, starter!.username);
    const sessions = (await (await started.api.get('/api/me/sessions')).json()) as { sessions: { id: string; title: string; closesAt: string }[] };
    const { id: startedId, closesAt } = sessions.sessions.find((s) => s.title === title)!;
    // The browser runs on WIB (playwright.config.ts): the closing time on Makassar's clock is an hour later.
    const closesWita = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Makassar', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(closesAt)).replace(':', '.');
    expect((await started.api.post(`/api/sessions/${startedId}/start`, { headers: started.headers })).ok()).toBe(true);
    await started.api.dispose();
    const hc = await apiAs(baseURL!, 'hc');
    const closed = await hc.api.post(`/api/assessments/${assessmentId}/close`, { headers: hc.headers, data: { reason: 'Uji penutupan' } });
    expect(closed.ok(), await closed.text()).toBe(true);
    await hc.api.dispose();

    await signIn(page, absentee!.username);
    const row = page.getByTestId('my-session').filter({ hasText: title });
    await expect(row).toHaveAttribute('data-action', 'closed');
    await expect(row.getByTestId('session-status')).toHaveText('Ditutup');
    await expect(row.getByTestId('session-closed')).toHaveText('Tidak dikerjakan');
    await expect(row).toContainText(new RegExp(`\\d{2}\\.\\d{2} – .+ ${closesWita} WITA`));
    await expect(row.getByRole('link')).toHaveCount(0);
    await expect(row.getByRole('button')).toHaveCount(0);
    await row.scrollIntoViewIfNeeded();
    await captureViewport(page, testInfo, 'worker-page-closed-worker-id');

    await page.context().clearCookies();
    await signIn(page, 'hc');
    await expect(page).toHaveURL(/\/hc\//);
    await openRoom(page, assessmentId);
    await expect(page.getByTestId('assessment-closed')).toHaveText('Asesmen ditutup');
    await expect(page.getByTestId('assessment-close')).toHaveCount(0);
    await expect(page.getByTestId('assessment-extend')).toHaveCount(0);
    await expect(page.locator('.page-description')).toContainText(new RegExp(`${closesWita} WITA$`));
    await captureViewport(page, testInfo, 'worker-page-closed-monitor-id');
  });
});
