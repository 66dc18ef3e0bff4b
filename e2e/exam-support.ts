import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support.js';

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
export async function openExam(page: Page, username: string, title: string): Promise<string> {
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
