import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uniqueSuffix } from './factories.js';
import { signIn, waitForContent } from './support.js';

/**
 * The server answers in the language on the screen (the web names it in every request): an
 * import's wrong header row and its row report read in Indonesian, and in English after switching,
 * although the browser itself keeps asking for id-ID.
 */
function writeCsv(name: string, lines: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ujian-lang-')), name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`, 'utf8');
  return file;
}

test('import reports and wrong-header errors come in the UI language', async ({ page }) => {
  const id = uniqueSuffix();
  const wrongHeader = writeCsv('salah.csv', ['username,name', `x.${id},X`]);
  const badRow = writeCsv('pekerja.csv', ['username,name,role,password,nip,email,unit,position', `bad.${id},Bad ${id},bos,Rahasia-2026,,,Produksi,`]);
  await signIn(page, 'admin');
  await expect(page).toHaveURL(/\/admin\/users$/);
  await waitForContent(page);

  const upload = async (label: RegExp, submit: RegExp, file: string) => {
    await page.getByLabel(label).setInputFiles(file);
    await page.getByRole('button', { name: submit }).click();
  };
  const result = page.getByTestId('import-result');

  await upload(/^Berkas impor/, /^Impor$/, wrongHeader);
  await expect(result).toContainText('Baris pertama harus berisi nama kolom username, name, role');
  await upload(/^Berkas impor/, /^Impor$/, badRow);
  await expect(result.getByTestId('import-errors')).toContainText('Pilih salah satu: admin, hc, coach, coachee');
  await result.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/server-messages-id.png', fullPage: true });

  await page.getByTestId('lang-en').click();
  await upload(/^Import file/, /^Import$/, wrongHeader);
  await expect(result).toContainText('The first row must name the columns username, name, role');
  await upload(/^Import file/, /^Import$/, badRow);
  await expect(result.getByTestId('import-errors')).toContainText('Role must be one of: admin, hc, coach, coachee');
  await page.screenshot({ path: 'test-results/screenshots/server-messages-en.png', fullPage: true });
});
