import { expect, request, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { createCompetency, createExam, createUser, createUsers, linkCoach, takeExam, uniqueName } from './factories.js';
import { ApiClient } from './monitoring-support.js';
import { dateDigits, typeDate } from './date-entry-support.js';
import { signIn, waitForContent } from './support.js';

// A coach's view of their own coachee (and no one else's), and the admin's audit log.

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

test("a coach sees their own coachee's results and competencies, never another worker's", async ({ page, baseURL }) => {
  const coach = await createUser(baseURL!, { role: 'coach' });
  const [ani, budi] = await createUsers(baseURL!, 2, { unit: uniqueName('Produksi') });
  await linkCoach(baseURL!, coach, [ani!]);
  const competency = await createCompetency(baseURL!, uniqueName('Pengoperasian forklift'));
  // Held in WIT: its times show on Papua's clock with the label, whatever the browser's zone.
  const exam = await createExam(baseURL!, { workers: [ani!, budi!], title: uniqueName('Forklift dasar'), passScore: 70, competencyIds: [competency.id], extra: { timeZone: 'Asia/Jayapura' } });
  await takeExam(baseURL!, ani!, exam); // all right: 100 %, passed
  await takeExam(baseURL!, budi!, exam, () => 1);

  await signIn(page, coach.username);
  await expect(page.getByTestId('my-coachee')).toHaveCount(1);
  await page.getByTestId('open-coachee').click();
  await waitForContent(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ani!.name);
  const row = page.getByTestId('coachee-result');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(exam.title);
  await expect(row).toContainText('Sudah dikumpulkan');
  await expect(row.getByTestId('coachee-result-score')).toHaveText('100%');
  await expect(row).toContainText('70%');
  await expect(row).toContainText('Lulus');
  await expect(row).toContainText(/\d{2}\.\d{2} WIT(?!A)/);
  await expect(page.getByTestId('competency-record')).toContainText(competency.name);
  await expect(page.getByTestId('competency-record')).toContainText(/\d{2}\.\d{2} WIT(?!A)/);
  await screenshot(page, 'coachee-records-id');
  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('heading', { name: 'Exam results' })).toBeVisible();
  await screenshot(page, 'coachee-records-en');

  // Someone else's worker: not found, nothing shown.
  await page.goto(`/coach/coachees/${budi!.id}`);
  await expect(page.getByTestId('coachee-records-error')).toBeVisible();
  await expect(page.getByTestId('coachee-result')).toHaveCount(0);
  await expect(page.getByText(budi!.name)).toHaveCount(0);
});

test('the admin filters the audit log by actor, action and WIB days, and reads the change', async ({ page, baseURL }) => {
  // A re-key by HC, with a reason: an entry whose before and after differ in the key.
  const [worker] = await createUsers(baseURL!, 1);
  const exam = await createExam(baseURL!, { workers: [worker!] });
  const sessionId = await takeExam(baseURL!, worker!, exam);
  const hc = await ApiClient.signIn({ request }, baseURL!, 'hc');
  const { review } = await hc.get<{ review: { questionId: string; options: { id: string; text: string }[] }[] }>(`/api/sessions/${sessionId}/result`);
  const question = review[0]!;
  const reason = `Kunci salah ketik ${uniqueName('uji')}`;
  await hc.post(`/api/questions/${question.questionId}/key`, { optionId: question.options[1]!.id, reason });
  await hc.dispose();
  const today = dateDigits(new Date(), 'Asia/Jakarta', { dayOnly: true });

  await signIn(page, 'admin');
  await page.getByTestId('nav-audit-log').click();
  await waitForContent(page);
  await page.getByTestId('audit-actor-filter').selectOption({ value: hc.user.id });
  await page.getByTestId('audit-action-filter').selectOption('question.rekey');
  await typeDate(page.getByTestId('audit-from'), today);
  await typeDate(page.getByTestId('audit-to'), today);
  await expect(page).toHaveURL(/action=question\.rekey/);
  const entries = page.getByTestId('audit-entry');
  await expect(entries.first()).toBeVisible();
  // Every row shown is HC's re-key; ours carries its reason and the key's change.
  await expect(page.locator('[data-testid="audit-entry"]:not([data-action="question.rekey"])')).toHaveCount(0);
  const ours = entries.filter({ hasText: reason });
  await expect(ours).toHaveCount(1);
  await expect(ours).toContainText('Mengganti kunci jawaban');
  await expect(ours).toContainText(question.questionId);
  await expect(ours.getByTestId('audit-at')).toHaveText(/^\d{1,2} \w+ \d{4},? \d{2}[.:]\d{2}[.:]\d{2} WIB$/);
  const keyLine = ours.locator('[data-field="key"]');
  await expect(keyLine).toHaveAttribute('data-change', 'changed');
  await expect(keyLine.locator('ins')).toContainText(question.options[1]!.text);
  await screenshot(page, 'audit-log-id');
  await page.getByTestId('lang-en').click();
  await expect(ours).toContainText('Changed the answer key');
  await screenshot(page, 'audit-log-en');

  // A day range that ends before today: nothing.
  await typeDate(page.getByTestId('audit-from'), '01012020');
  await typeDate(page.getByTestId('audit-to'), '02012020');
  await expect(page.getByTestId('audit-empty')).toBeVisible();
});
