import { expect, test, type Page } from '@playwright/test';
import { createUser } from './factories.js';
import { captureScreen, signIn, waitForContent } from './support.js';

const ALL_NAV = ['nav-users', 'nav-assessments', 'nav-monitoring', 'nav-results', 'nav-competencies', 'nav-audit-log', 'nav-my-assessments', 'nav-my-results', 'nav-my-competencies', 'nav-my-coachees'];

const ACCOUNTS = [
  {
    username: 'admin',
    role: 'admin',
    roleLabel: 'Administrator',
    home: '/admin/users',
    nav: ['nav-users', 'nav-assessments', 'nav-monitoring', 'nav-results', 'nav-competencies', 'nav-audit-log'],
    switched: { testId: 'nav-users', id: 'Pengguna', en: 'Users' },
  },
  {
    username: 'hc',
    role: 'hc',
    roleLabel: 'Human Capital',
    home: '/hc/assessments',
    nav: ['nav-assessments', 'nav-monitoring', 'nav-results', 'nav-competencies'],
    switched: { testId: 'nav-monitoring', id: 'Pemantauan', en: 'Monitoring' },
  },
  {
    username: 'coach',
    role: 'coach',
    roleLabel: 'Coach',
    home: '/coach/coachees',
    nav: ['nav-my-coachees'],
    switched: { testId: 'nav-my-coachees', id: 'Peserta saya', en: 'My workers' },
  },
  {
    username: 'worker1',
    role: 'coachee',
    roleLabel: 'Peserta',
    home: '/me/assessments',
    nav: ['nav-my-assessments', 'nav-my-results', 'nav-my-competencies'],
    switched: { testId: 'nav-my-assessments', id: 'Asesmen saya', en: 'My assessments' },
  },
] as const;

test.describe('login and navigation', () => {
  for (const account of ACCOUNTS) {
    test(`${account.username} (${account.role}) signs in, sees only their navigation, switches language, signs out`, async ({
      page,
    }, testInfo) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/login$/);

      await signIn(page, account.username);
      await expect(page).toHaveURL(new RegExp(`${account.home}$`));
      await expect(page.getByTestId('current-role')).toHaveText(account.roleLabel);

      for (const testId of ALL_NAV) {
        const link = page.getByTestId(testId);
        if ((account.nav as readonly string[]).includes(testId)) await expect(link).toBeVisible();
        else await expect(link).toHaveCount(0);
      }
      await expect(page.getByTestId(account.nav[0])).toHaveClass(/active/);

      await waitForContent(page);
      if (account.role === 'coach') await expect(page.getByTestId('my-coachee').first()).toBeVisible();
      await captureScreen(page, testInfo, account.role);

      const navLink = page.getByTestId(account.switched.testId);
      await expect(navLink).toHaveText(account.switched.id);
      await expect(page.locator('html')).toHaveAttribute('lang', 'id');
      await page.getByTestId('lang-en').click();
      await expect(navLink).toHaveText(account.switched.en);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');

      // The choice survives a reload.
      await page.reload();
      await expect(page.getByTestId(account.switched.testId)).toHaveText(account.switched.en);
      await waitForContent(page);
      await captureScreen(page, testInfo, `${account.role}-en`);

      // Signing out hands the next person at this PC the default language, not this account's.
      await page.getByTestId('logout').click();
      await expect(page).toHaveURL(/\/login$/);
      await expect(page.getByRole('heading', { name: 'Masuk ke Ujian' })).toBeVisible();

      // The session is gone: the home page sends us to the login form, which will bring us back there.
      await page.goto(account.home);
      await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(account.home)}$`));
    });
  }

  test('a wrong password shows the generic error message', async ({ page }, testInfo) => {
    await signIn(page, 'admin', 'not-the-password');
    await expect(page.getByTestId('login-error')).toHaveText('Nama pengguna atau kata sandi salah');
    await expect(page).toHaveURL(/\/login$/);

    // An unknown user gets exactly the same message (no account enumeration).
    await signIn(page, 'nobody-here', 'whatever-123');
    await expect(page.getByTestId('login-error')).toHaveText('Nama pengguna atau kata sandi salah');

    await page.getByTestId('lang-en').click();
    await expect(page.getByRole('heading', { name: 'Sign in to Ujian' })).toBeVisible();
    await page.getByLabel('Username', { exact: true }).fill('admin');
    await page.getByLabel('Password', { exact: true }).fill('still-wrong');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Wrong username or password');
    await captureScreen(page, testInfo, 'login-error');
  });

  test("a worker's language follows them to another device, and a pick on the login page wins", async ({ browser, baseURL }) => {
    const worker = await createUser(baseURL!);
    const signInOn = async (page: Page) => {
      await page.getByLabel(/^(Nama pengguna|Username)$/).fill(worker.username);
      await page.getByLabel(/^(Kata sandi|Password)$/).fill(worker.password);
      await page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
      await expect(page).toHaveURL(/\/me\/assessments$/);
    };
    const device = async () => {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await page.goto('/login');
      return page;
    };

    // On the shared PC the worker switches to English; the switch stores it.
    const pc = await device();
    await signInOn(pc);
    const stored = pc.waitForResponse((res) => res.url().endsWith('/api/auth/me') && res.request().method() === 'PATCH');
    await pc.getByTestId('lang-en').click();
    expect((await (await stored).json()).user.language).toBe('en');

    // Their phone, never used before, opens the login page in Indonesian and the app in English.
    const phone = await device();
    await expect(phone.getByRole('heading', { name: 'Masuk ke Ujian' })).toBeVisible();
    await signInOn(phone);
    await expect(phone.getByTestId('nav-my-assessments')).toHaveText('My assessments');
    await expect(phone.locator('html')).toHaveAttribute('lang', 'en');

    // A pick on the login page beats the stored choice, and becomes it.
    await phone.getByTestId('logout').click();
    await expect(phone.getByRole('heading', { name: 'Masuk ke Ujian' })).toBeVisible();
    await phone.getByTestId('lang-id').click();
    const repicked = phone.waitForResponse((res) => res.url().endsWith('/api/auth/me') && res.request().method() === 'PATCH');
    await signInOn(phone);
    expect((await (await repicked).json()).user.language).toBe('id');
    await expect(phone.getByTestId('nav-my-assessments')).toHaveText('Asesmen saya');
    await Promise.all([pc.context().close(), phone.context().close()]);
  });
});
