import { expect, type Page, type TestInfo } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

export const DEMO_PASSWORD = 'demo1234';

/**
 * Signs in through the login form in the language it shows (Bahasa Indonesia unless the test set
 * another). The language is picked on the login page first, as a person at a shared PC would: a
 * pick there wins over the one the account stored, which a parallel test using the same demo
 * account may have changed.
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.locator('[data-testid^="lang-"][aria-pressed="true"]').click();
  await page.getByLabel('Nama pengguna', { exact: true }).fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/**
 * A (by default full-page) screenshot attached to the report and kept under test-results/screens/<name>.png.
 * `keepScroll` shoots the viewport where it is (a popover menu closes on scroll and on the resize of a full-page shot).
 */
export async function captureScreen(page: Page, testInfo: TestInfo, name: string, { fullPage = true, keepScroll = false } = {}): Promise<void> {
  const file = path.join('test-results', 'screens', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Start from the top so the sticky header is drawn where it belongs.
  if (!keepScroll) await page.evaluate('window.scrollTo(0, 0)');
  const body = await page.screenshot({ fullPage: fullPage && !keepScroll, path: file });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** Waits until the page's data has loaded (no "Memuat…"/"Loading…" indicator left). */
export async function waitForContent(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}
