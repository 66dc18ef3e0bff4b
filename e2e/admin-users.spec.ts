import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uniqueSuffix } from './factories.js';
import { captureScreen, signIn, waitForContent } from './support.js';

const HEADER = 'username,name,role,password,nip,email,unit,position';

function writeCsv(lines: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ujian-import-'));
  const file = path.join(dir, 'users.csv');
  fs.writeFileSync(file, `${[HEADER, ...lines].join('\n')}\n`, 'utf8');
  return file;
}

async function search(page: Page, text: string) {
  await page.getByLabel('Cari pengguna').fill(text);
}

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page).toHaveURL(/\/admin\/users$/);
  await waitForContent(page);
});

test('admin creates a user through the form, finds it by search and deactivates it', async ({ page }, testInfo) => {
  const id = uniqueSuffix();
  const username = `siti.${id}`;
  const name = `Siti Rahma ${id}`;

  await page.getByTestId('add-user').click();
  const dialog = page.getByRole('dialog', { name: 'Tambah pengguna' });
  await expect(dialog).toBeVisible();

  // The form checks with the server's own schema, in the reader's language...
  await dialog.getByLabel('Nama pengguna').fill('bad name!');
  await dialog.getByLabel('Kata sandi').fill('short');
  await dialog.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(dialog.getByText('Gunakan 2 sampai 64 huruf, angka, titik, tanda hubung, atau garis bawah')).toBeVisible();
  await expect(dialog.getByText('Isi minimal 8 karakter')).toBeVisible();
  await expect(dialog.getByText('Wajib diisi')).toBeVisible();
  // The refusal takes the focus to the first field to fix, not left on the button.
  await expect(dialog.getByLabel('Nama pengguna')).toBeFocused();

  // ...next to the field it concerns (here the NIP's length, the same sentence the server would give).
  await dialog.getByLabel('Nama pengguna').fill(username);
  await dialog.getByLabel('Kata sandi').fill('Rahasia-2026');
  await dialog.getByLabel('Nama lengkap').fill(name);
  await dialog.getByLabel('NIP').fill('1'.repeat(40));
  await dialog.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(dialog.locator('.field-invalid')).toHaveCount(1);
  await expect(dialog.locator('.field-invalid label')).toHaveText('NIP');
  await expect(dialog.locator('.field-error')).not.toBeEmpty();
  await expect(dialog.getByLabel('NIP')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('NIP')).toBeFocused();
  await captureScreen(page, testInfo, 'admin-user-form-invalid', { fullPage: false });

  await dialog.getByLabel('Peran').selectOption('coachee');
  await dialog.getByLabel('NIP').fill(`9${Date.now()}`.slice(0, 18));
  await dialog.getByLabel('Email').fill(`${username}@example.co.id`);
  await dialog.getByLabel('Unit').fill('Keuangan');
  await dialog.getByLabel('Jabatan').fill('Analis');
  await dialog.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('users-notice')).toContainText(username);

  await search(page, name);
  const row = page.getByTestId(`user-row-${username}`);
  await expect(row).toBeVisible();
  await expect(page.getByTestId('users-table').locator('tbody tr')).toHaveCount(1);
  await expect(row).toContainText('Keuangan');
  await expect(row.getByTestId('user-status')).toHaveText('Aktif');

  // Deactivating signs the user out at once, so it is confirmed first; cancelling changes nothing.
  await row.getByRole('button', { name: 'Nonaktifkan' }).click();
  const confirm = page.getByRole('dialog', { name: 'Nonaktifkan pengguna' });
  await expect(confirm).toContainText(`Nonaktifkan ${name} (${username})?`);
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await expect(confirm).toBeHidden();
  await expect(row.getByTestId('user-status')).toHaveText('Aktif');

  await row.getByRole('button', { name: 'Nonaktifkan' }).click();
  await captureScreen(page, testInfo, 'admin-user-deactivate-confirm', { fullPage: false });
  await confirm.getByTestId('confirm-action').click();
  await expect(confirm).toBeHidden();
  await expect(row.getByTestId('user-status')).toHaveText('Nonaktif');
  await expect(page.getByTestId('users-notice')).toContainText(`${username} dinonaktifkan`);
  await captureScreen(page, testInfo, 'admin-user-deactivated');

  // Filtering on active users now hides it.
  await page.getByLabel('Status').selectOption('true');
  await expect(page.getByTestId('users-empty')).toBeVisible();
});

test('admin edits a user, survives a stale security token, and resets the password', async ({ page, context }, testInfo) => {
  const id = uniqueSuffix();
  const username = `rudi.${id}`;

  // Set up through the API (sharing the page's cookies) so this test is about the edit actions.
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const created = await page.request.post('/api/users', {
    headers: { 'x-csrf-token': csrfToken },
    data: { username, password: 'Awal-2026-xyz', name: `Rudi Hartono ${id}`, role: 'coachee', unit: 'Gudang' },
  });
  expect(created.ok()).toBeTruthy();

  await search(page, username);
  const row = page.getByTestId(`user-row-${username}`);
  await expect(row).toContainText('Gudang');

  await row.getByRole('button', { name: 'Ubah' }).click();
  const edit = page.getByRole('dialog', { name: `Ubah pengguna ${username}` });
  await expect(edit.getByLabel('Nama lengkap')).toHaveValue(`Rudi Hartono ${id}`);
  await edit.getByLabel('Unit').fill('Keuangan');
  await edit.getByLabel('Jabatan').fill('Staf Anggaran');
  await captureScreen(page, testInfo, 'admin-user-edit', { fullPage: false });
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Keuangan');
  await expect(row).toContainText('Staf Anggaran');

  // Without the CSRF cookie the token is refused; the client fetches a new one and retries once.
  await context.clearCookies({ name: 'ujian_csrf' });
  const refused = page.waitForResponse((response) => response.url().includes('/api/users/') && response.status() === 403);
  await row.getByRole('button', { name: 'Nonaktifkan' }).click();
  await page.getByRole('dialog', { name: 'Nonaktifkan pengguna' }).getByTestId('confirm-action').click();
  expect(await (await refused).json()).toMatchObject({ error: 'csrf' });
  await expect(row.getByTestId('user-status')).toHaveText('Nonaktif');
  await row.getByRole('button', { name: 'Aktifkan' }).click();
  await expect(row.getByTestId('user-status')).toHaveText('Aktif');

  await row.getByRole('button', { name: 'Reset sandi' }).click();
  const reset = page.getByRole('dialog', { name: 'Atur ulang kata sandi' });
  await reset.getByLabel('Kata sandi baru').fill('Baru-2026-abc');
  await reset.getByRole('button', { name: 'Atur ulang', exact: true }).click();
  await expect(reset).toBeHidden();
  await expect(page.getByTestId('users-notice')).toHaveText(`Kata sandi ${username} telah diatur ulang.`);

  // The user signs in with the new password.
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, username, 'Baru-2026-abc');
  await expect(page).toHaveURL(/\/me\/assessments$/);
});

test('the last active admin cannot deactivate themselves, and the dialog says why', async ({ page }, testInfo) => {
  // Precondition (a fresh demo database): the demo admin is the only active admin.
  const admins = (await (await page.request.get('/api/users?role=admin&active=true')).json()) as { users: { username: string }[] };
  expect(admins.users.map((u) => u.username)).toEqual(['admin']);

  await search(page, 'admin');
  const row = page.getByTestId('user-row-admin');
  await row.getByRole('button', { name: 'Nonaktifkan' }).click();
  const confirm = page.getByRole('dialog', { name: 'Nonaktifkan pengguna' });
  await confirm.getByTestId('confirm-action').click();
  await expect(confirm.getByTestId('confirm-error')).toHaveText(
    'Ini admin aktif terakhir. Jadikan pengguna lain admin terlebih dahulu, lalu coba lagi.',
  );
  await captureScreen(page, testInfo, 'admin-last-admin-refused', { fullPage: false });
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await expect(row.getByTestId('user-status')).toHaveText('Aktif');
});

test('admin imports a CSV and sees the report', async ({ page }, testInfo) => {
  const id = uniqueSuffix();
  const file = writeCsv([
    `andi.${id},Andi Import ${id},coachee,Rahasia-2026,,andi.${id}@example.co.id,Produksi,Operator`,
    `bela.${id},Bela Import ${id},coach,Rahasia-2026,,,Produksi,Supervisor`,
  ]);

  await page.getByLabel('Berkas impor (.xlsx atau .csv)').setInputFiles(file);
  await page.getByRole('button', { name: 'Impor', exact: true }).click();

  const result = page.getByTestId('import-result');
  await expect(result).toContainText('Impor berhasil: 2 pengguna dibuat.');
  const created = result.getByTestId('import-created');
  await expect(created.locator('tbody tr')).toHaveCount(2);
  await expect(created).toContainText(`andi.${id}`);
  await expect(created).toContainText(`bela.${id}`);
  await captureScreen(page, testInfo, 'admin-import-ok');

  await search(page, `Import ${id}`);
  await expect(page.getByTestId(`user-row-andi.${id}`)).toBeVisible();
  await expect(page.getByTestId(`user-row-bela.${id}`)).toBeVisible();
});

test('a CSV with a bad row shows the row and column report and creates nothing', async ({ page }, testInfo) => {
  const id = uniqueSuffix();
  const file = writeCsv([
    `good.${id},Good Row ${id},coachee,Rahasia-2026,,,Produksi,Operator`,
    `bad.${id},Bad Row ${id},superuser,short,,not-an-email,Produksi,Operator`,
  ]);

  await page.getByLabel('Berkas impor (.xlsx atau .csv)').setInputFiles(file);
  await page.getByRole('button', { name: 'Impor', exact: true }).click();

  const result = page.getByTestId('import-result');
  await expect(result).toContainText('Impor ditolak; tidak ada pengguna yang dibuat.');
  const report = result.getByTestId('import-errors');
  await expect(report).toBeVisible();
  const roleIssue = report.locator('tbody tr', { hasText: 'role' });
  await expect(roleIssue).toHaveCount(1);
  await expect(roleIssue.locator('td').first()).toHaveText('3');
  await expect(report.locator('tbody tr', { hasText: 'password' }).locator('td').first()).toHaveText('3');
  await expect(report.locator('tbody tr', { hasText: 'email' }).locator('td').first()).toHaveText('3');
  await captureScreen(page, testInfo, 'admin-import-rejected');

  // All or nothing: not even the good row was created.
  await search(page, `Row ${id}`);
  await expect(page.getByTestId('users-empty')).toBeVisible();
});
