import { expect, test, type Locator, type Page } from '@playwright/test';
import { typeDate } from './date-entry-support.js';
import { uniqueSuffix } from './factories.js';
import { captureScreen, signIn, waitForContent } from './support.js';

// Dates typed as Indonesians write them (dd/mm/yyyy, 24-hour) on the assessment zone's clock.

/** Next year, so the schedule is in the future whenever the test runs. */
const YEAR = new Date().getUTCFullYear() + 1;

/** What a field shows, its segments then its zone label: "30/11/2027 08.00 WITA" (react-aria's bidi isolation marks left out). */
async function shownText(field: Locator): Promise<string> {
  const segments = (await field.getByRole('group').locator('.date-entry-input').textContent()) ?? '';
  const zone = (await field.getByRole('group').locator('.date-entry-zone').textContent()) ?? '';
  return `${segments.replace(/[\u2066-\u2069]/g, '')} ${zone}`;
}

/** Waits until a field shows `text`. */
const expectShown = (field: Locator, text: string) => expect.poll(() => shownText(field)).toBe(text);

/** The assessment as the API stores it: opening and closing as ISO instants. */
async function storedTimes(page: Page, id: string): Promise<{ opensAt: string; closesAt: string }> {
  const { opensAt, closesAt } = (await (await page.request.get(`/api/assessments/${id}`)).json()) as { opensAt: string; closesAt: string };
  return { opensAt: new Date(opensAt).toISOString(), closesAt: new Date(closesAt).toISOString() };
}

/** The open calendar, on a desktop and on a 360 px phone. */
async function captureCalendar(page: Page, field: Locator, testInfo: Parameters<typeof captureScreen>[1]): Promise<void> {
  for (const [width, height, name] of [[1280, 800, 'date-entry-calendar'], [360, 740, 'date-entry-calendar-360']] as const) {
    await page.setViewportSize({ width, height });
    await field.scrollIntoViewIfNeeded();
    await field.getByRole('button', { name: 'Buka kalender' }).click();
    const calendar = page.getByRole('dialog');
    await expect(calendar.getByRole('grid')).toBeVisible();
    const box = (await calendar.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await captureScreen(page, testInfo, name, { fullPage: false });
    await page.keyboard.press('Escape');
    await expect(calendar).toHaveCount(0);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('HC types an assessment schedule by keyboard in WITA, in Indonesian and English, and it keeps its instant', async ({ page }, testInfo) => {
  await signIn(page, 'hc');
  await expect(page).toHaveURL(/\/hc\/assessments$/);
  await waitForContent(page);
  await page.getByTestId('new-assessment').click();
  await waitForContent(page);
  const form = page.getByTestId('assessment-form');
  const opens = form.getByTestId('assessment-opensAt');
  const closes = form.getByTestId('assessment-closesAt');
  await form.getByLabel('Judul', { exact: true }).fill(`Jadwal WITA ${uniqueSuffix()}`);
  await page.getByTestId('assessment-time-zone').selectOption('Asia/Makassar');
  await expect(opens).toContainText('Dibuka pada');

  // dd/mm/yyyy and a 24-hour clock, the zone named beside them.
  await typeDate(opens, `3011${YEAR}0800`);
  await typeDate(closes, `3011${YEAR}1400`);
  await expectShown(opens, `30/11/${YEAR} 08.00 WITA`);
  await expectShown(closes, `30/11/${YEAR} 14.00 WITA`);

  // The calendar by keyboard: one day on, the time kept.
  await closes.getByRole('button', { name: 'Buka kalender' }).press('Enter');
  await expect(page.getByRole('dialog').getByRole('gridcell', { selected: true })).toHaveText('30');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectShown(closes, `01/12/${YEAR} 14.00 WITA`);
  await captureCalendar(page, opens, testInfo);

  await page.getByTestId('save-assessment').click();
  await expect(page).toHaveURL(/\/hc\/assessments\/[^/?]+\?tab=questions$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  // 08:00 WITA is midnight UTC.
  expect(await storedTimes(page, id)).toEqual({ opensAt: `${YEAR}-11-30T00:00:00.000Z`, closesAt: `${YEAR}-12-01T06:00:00.000Z` });

  // After a reload the editor shows the digits HC typed, on the same clock.
  await page.goto(`/hc/assessments/${id}`);
  await waitForContent(page);
  await expectShown(opens, `30/11/${YEAR} 08.00 WITA`);
  await expectShown(closes, `01/12/${YEAR} 14.00 WITA`);

  // English: the same dd/mm/yyyy 24-hour clock (en-GB). Another zone keeps the typed clock times.
  await page.getByTestId('lang-en').click();
  await expect(opens).toContainText('Opens at');
  await expectShown(opens, `30/11/${YEAR} 08:00 WITA`);
  await page.getByTestId('assessment-time-zone').selectOption('Asia/Jayapura');
  await expectShown(opens, `30/11/${YEAR} 08:00 WIT`);
  await typeDate(closes, `0112${YEAR}1530`);
  await expectShown(closes, `01/12/${YEAR} 15:30 WIT`);
  await page.getByTestId('save-assessment').click();
  await expect.poll(() => storedTimes(page, id)).toEqual({ opensAt: `${YEAR}-11-29T23:00:00.000Z`, closesAt: `${YEAR}-12-01T06:30:00.000Z` });
  await page.reload();
  await waitForContent(page);
  await expectShown(closes, `01/12/${YEAR} 15:30 WIT`);
  await page.getByTestId('lang-id').click();
});

test('the audit log takes a typed dd/mm/yyyy day range (WIB days)', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByTestId('nav-audit-log').click();
  await waitForContent(page);
  const from = page.getByTestId('audit-from');
  const to = page.getByTestId('audit-to');
  // A year left halfway ("0002") is never a filter: leaving the field shows it empty again.
  await typeDate(from, '01012');
  await expectShown(from, '01/01/2 WIB');
  await page.getByRole('heading', { level: 1 }).click();
  await expectShown(from, 'hh/bb/tttt WIB');
  expect(new URL(page.url()).searchParams.has('from')).toBe(false);

  await typeDate(from, '01012020');
  await typeDate(to, '02012020');
  await expect(page).toHaveURL(/from=2020-01-01/);
  await expect(page).toHaveURL(/to=2020-01-02/);
  await expectShown(from, '01/01/2020 WIB');
  await expectShown(to, '02/01/2020 WIB');
  await expect(page.getByTestId('audit-empty')).toBeVisible();
});
