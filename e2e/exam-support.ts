import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support.js';

/** The demo assessment every demo worker is assigned (30 questions, 10 per page, 30 minutes). */
export const DEMO_EXAM_TITLE = 'K3 Dasar: Keselamatan Kerja di Area Produksi';

export interface ServerView {
  id: string;
  status: string;
  pageIndex: number;
  questions: { id: string; options: { id: string }[] }[];
  answers: Record<string, string | null>;
  answerSeq: Record<string, number>;
  remainingMs: number | null;
}

/**
 * Signs in and opens the exam from "My assessments": Start (with its confirmation) for a new
 * session, Resume for a running one. Returns the session id from the exam page's address.
 */
export async function openExam(page: Page, username: string, title = DEMO_EXAM_TITLE): Promise<string> {
  await signIn(page, username);
  await expect(page).toHaveURL(/\/me\/assessments$/);
  const row = page.getByTestId('my-session').filter({ hasText: title });
  const start = row.getByTestId('start-session');
  const resume = row.getByTestId('resume-session');
  await expect(start.or(resume)).toBeVisible();
  if (await start.isVisible()) {
    await start.click();
    await page.getByTestId('confirm-start').click();
  } else {
    await resume.click();
  }
  await expect(page).toHaveURL(/\/me\/assessments\/[^/]+\/take$/);
  await expect(page.getByTestId('exam-page')).toBeVisible();
  return decodeURIComponent(page.url().split('/').at(-2)!);
}

/** The server's view of the session, read with the page's own login (not through the page). */
export async function serverView(page: Page, sessionId: string): Promise<ServerView> {
  const response = await page.request.get(`/api/sessions/${sessionId}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as ServerView;
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

/** The countdown the worker sees, in ms (the timer keeps its exact value in an attribute). */
export async function shownRemainingMs(page: Page): Promise<number> {
  return Number(await page.getByTestId('timer').getAttribute('data-remaining-ms'));
}

/** An API client signed in as `username` (with the CSRF token every non-GET needs). */
export async function apiAs(baseURL: string, username: string): Promise<{ api: APIRequestContext; headers: Record<string, string> }> {
  const api = await request.newContext({ baseURL });
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const login = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD }, headers: { 'x-csrf-token': csrfToken } });
  expect(login.ok()).toBe(true);
  const session = (await login.json()) as { csrfToken: string };
  return { api, headers: { 'x-csrf-token': session.csrfToken } };
}

/** A route handler that holds answer saves back, so clicks, page changes and submit really overlap them. */
export function delayAnswerSaves(page: Page, ms: number, sent: { seq: number; optionId: string | null }[] = []) {
  return page.route('**/api/sessions/*/answers/*', async (route) => {
    sent.push(route.request().postDataJSON() as { seq: number; optionId: string | null });
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/**
 * As HC, through the authoring API: a one-minute exam of three one-point questions (the first
 * option is the right one) assigned to the worker named `workerName`. Returns its title.
 */
export async function createOneMinuteExam(baseURL: string, workerName: string): Promise<string> {
  return (await createShortExam(baseURL, [workerName], 1)).title;
}

/**
 * As createOneMinuteExam, `durationMinutes` long and assigned to every worker named. With
 * `closesInMs` the schedule closes that soon, so the deadline (the earlier of start + duration and
 * the close) comes before the duration is up: a test sees the last minute of a longer exam sooner.
 */
export async function createShortExam(
  baseURL: string,
  workerNames: string[],
  durationMinutes: number,
  closesInMs = 86_400_000,
): Promise<{ title: string; assessmentId: string }> {
  const { api, headers } = await apiAs(baseURL, 'hc');
  const title = `Uji waktu habis ${Date.now()}`;
  const now = Date.now();
  const created = await api.post('/api/assessments', {
    headers,
    data: {
      title,
      description: 'Ujian singkat untuk menguji waktu habis.',
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + closesInMs).toISOString(),
      durationMinutes,
      passScore: 50,
      questionsPerPage: 2,
      shuffleQuestions: false,
      shuffleOptions: false,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: assessmentId } = (await created.json()) as { id: string };
  const pkg = await api.post(`/api/assessments/${assessmentId}/packages`, { headers, data: {} });
  expect(pkg.status(), await pkg.text()).toBe(201);
  const { id: packageId } = (await pkg.json()) as { id: string };
  for (const number of [1, 2, 3]) {
    const question = await api.post(`/api/packages/${packageId}/questions`, {
      headers,
      data: {
        text: `Pertanyaan ${number}\nBaris kedua tetap di baris sendiri.`,
        points: 1,
        options: [
          { text: 'Jawaban benar', correct: true },
          { text: 'Jawaban salah', correct: false },
        ],
      },
    });
    expect(question.status(), await question.text()).toBe(201);
  }
  const userIds: string[] = [];
  for (const workerName of workerNames) {
    const found = await api.get('/api/coachees', { params: { q: workerName } });
    const { coachees } = (await found.json()) as { coachees: { id: string; name: string }[] };
    const worker = coachees.find((c) => c.name === workerName);
    expect(worker, `coachee ${workerName}`).toBeTruthy();
    userIds.push(worker!.id);
  }
  const assigned = await api.post(`/api/assessments/${assessmentId}/assignments`, { headers, data: { userIds } });
  expect(assigned.ok(), await assigned.text()).toBe(true);
  await api.dispose();
  return { title, assessmentId };
}
