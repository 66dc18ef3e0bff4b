import { expect, request } from '@playwright/test';
import type { Role } from '../common/roles.js';
import { ApiClient } from './monitoring-support.js';
import { DEMO_PASSWORD } from './support.js';

// Fresh users and assessments for one test (or one file), made over the HTTP API as the demo admin
// (users) and an HC account of the worker process's own (everything else). Names carry a random
// suffix, so spec files running side by side on the one shared server never see each other's data.
// The 20 demo workers and the demo assessment are for people trying the app, not for tests.

/**
 * Made users sign in with the demo's password, so signIn(page, user.username), apiAs, openExam
 * and ApiClient.signIn work for them without a password argument.
 */
export const TEST_PASSWORD = DEMO_PASSWORD;

/** A short random token ("k3f9q2x7"): unique enough that two runs or two files never collide. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36).slice(-4)}${Math.random().toString(36).slice(2, 6)}`;
}

/** `${prefix} ${suffix}`: a title, unit or name no other test uses. */
export const uniqueName = (prefix: string) => `${prefix} ${uniqueSuffix()}`;

// Distinct first names, so "search the room for this worker's first name" finds one row.
const FIRST_NAMES = ['Adi', 'Bayu', 'Cahya', 'Dimas', 'Erna', 'Farah', 'Galih', 'Hesti', 'Ilham', 'Januar', 'Kiki', 'Lestari'];

export interface TestUser {
  id: string;
  username: string;
  password: string;
  /** The display name HC and the worker see: `${first name} ${last name}`, unique per user. */
  name: string;
  role: Exclude<Role, 'admin'>;
  unit: string | null;
}

export interface UserOptions {
  role?: TestUser['role'];
  /** A unit for every user made (use uniqueName('Gudang') for "assign a whole unit" tests). */
  unit?: string | null;
  position?: string | null;
  /** Display names, one per user; default "<first name> <suffix>" with distinct first names. */
  names?: string[];
}

/**
 * Signs in on an API context of its own (dispose it): as the demo admin, or as this Playwright
 * worker process's own HC account. The general rate limit counts requests per user, so the
 * factories of two workers and the tests signing in as the demo hc do not share one allowance.
 */
async function staff(baseURL: string, role: 'admin' | 'hc'): Promise<ApiClient> {
  if (role === 'admin') return ApiClient.signIn({ request }, baseURL, 'admin');
  if (!factoryHc.has(baseURL)) factoryHc.set(baseURL, createUser(baseURL, { role: 'hc', names: ['HC Pabrik Uji'] }));
  return ApiClient.signIn({ request }, baseURL, (await factoryHc.get(baseURL)!).username);
}
const factoryHc = new Map<string, Promise<TestUser>>();

/**
 * `count` new active users (default role coachee, no unit), made by the demo admin, in order.
 * Never admins: the admin-users spec relies on the demo admin being the only active one.
 */
export async function createUsers(baseURL: string, count: number, options: UserOptions = {}): Promise<TestUser[]> {
  const { role = 'coachee', unit = null, position = null, names } = options;
  const admin = await staff(baseURL, 'admin');
  const made: TestUser[] = [];
  for (let i = 0; i < count; i++) {
    const suffix = uniqueSuffix();
    const username = `e2e.${role}.${suffix}`;
    const name = names?.[i] ?? `${FIRST_NAMES[i % FIRST_NAMES.length]} ${suffix}`;
    const { user } = await admin.post<{ user: { id: string } }>('/api/users', { username, password: TEST_PASSWORD, name, role, unit, position });
    made.push({ id: user.id, username, password: TEST_PASSWORD, name, role, unit });
  }
  await admin.dispose();
  return made;
}

/** One new user; see createUsers. */
export async function createUser(baseURL: string, options: UserOptions = {}): Promise<TestUser> {
  return (await createUsers(baseURL, 1, options))[0]!;
}

/** Links `coach` to each of `coachees` (as HC), so they appear under the coach's "My workers". */
export async function linkCoach(baseURL: string, coach: TestUser, coachees: TestUser[]): Promise<void> {
  const hc = await staff(baseURL, 'hc');
  for (const coachee of coachees) await hc.post('/api/coach-links', { coachId: coach.id, coacheeId: coachee.id });
  await hc.dispose();
}

/** A new competency (as HC) with a unique code, for assessments that certify it. */
export async function createCompetency(baseURL: string, name = 'Keselamatan kerja uji'): Promise<{ id: string; code: string; name: string }> {
  const hc = await staff(baseURL, 'hc');
  const code = `E2E-${uniqueSuffix()}`.toUpperCase();
  const competency = await hc.post<{ id: string; code: string; name: string }>('/api/competencies', { code, name, description: '' });
  await hc.dispose();
  return competency;
}

export interface ExamOptions {
  /** Assigned at once (each gets a not-started session). */
  workers?: TestUser[];
  /** Default a unique "Ujian uji <suffix>". */
  title?: string;
  /** Questions per package (default 3), each worth 1 point. */
  questions?: number;
  /** Options per question (default 2, at most 4); the FIRST option is always the right one. */
  optionsPerQuestion?: number;
  /** Packages (default 1), all alike so they can be assigned. */
  packages?: number;
  questionsPerPage?: number;
  durationMinutes?: number;
  /** The schedule closes this long after now (default a day); it opened an hour ago. */
  closesInMs?: number;
  passScore?: number;
  allowReview?: boolean;
  competencyIds?: string[];
  /** Any other create-assessment field (common/schemas/assessments.ts), e.g. overduePolicy. */
  extra?: Record<string, unknown>;
}

export interface TestExam {
  id: string;
  title: string;
  packageIds: string[];
}

/** The shape of the demo assessment (30 questions of 4 options, 10 per page, 30 minutes, review allowed). */
export const DEMO_SHAPE = { questions: 30, optionsPerQuestion: 4, questionsPerPage: 10, durationMinutes: 30, allowReview: true } as const satisfies ExamOptions;

const OPTION_TEXTS = ['Jawaban benar', 'Jawaban salah', 'Jawaban keliru', 'Jawaban lain'];

/**
 * An open, published assessment made by HC: `packages` packages of `questions` questions
 * ("Pertanyaan n\nBaris kedua tetap di baris sendiri.", 1 point, first option right), assigned to
 * `workers`. Defaults: 3 questions of 2 options, 2 per page, 30 minutes, pass score 50 %, no
 * shuffling, review not allowed.
 */
export async function createExam(baseURL: string, options: ExamOptions = {}): Promise<TestExam> {
  const hc = await staff(baseURL, 'hc');
  const title = options.title ?? uniqueName('Ujian uji');
  const now = Date.now();
  const { id } = await hc.post<{ id: string }>('/api/assessments', {
    title,
    description: 'Asesmen buatan uji otomatis.',
    opensAt: new Date(now - 3_600_000).toISOString(),
    closesAt: new Date(now + (options.closesInMs ?? 86_400_000)).toISOString(),
    durationMinutes: options.durationMinutes ?? 30,
    passScore: options.passScore ?? 50,
    questionsPerPage: options.questionsPerPage ?? 2,
    shuffleQuestions: false,
    shuffleOptions: false,
    allowReview: options.allowReview ?? false,
    competencyIds: options.competencyIds ?? [],
    ...options.extra,
  });
  const packageIds: string[] = [];
  for (let p = 0; p < (options.packages ?? 1); p++) {
    const pkg = await hc.post<{ id: string }>(`/api/assessments/${id}/packages`, {});
    for (let number = 1; number <= (options.questions ?? 3); number++) {
      await hc.post(`/api/packages/${pkg.id}/questions`, {
        text: `Pertanyaan ${number}\nBaris kedua tetap di baris sendiri.`,
        points: 1,
        options: OPTION_TEXTS.slice(0, options.optionsPerQuestion ?? 2).map((text, i) => ({ text, correct: i === 0 })),
      });
    }
    packageIds.push(pkg.id);
  }
  if (options.workers?.length) await hc.post(`/api/assessments/${id}/assignments`, { userIds: options.workers.map((w) => w.id) });
  await hc.dispose();
  return { id, title, packageIds };
}

/** `count` new coachees and an exam (createExam `options`) assigned to them. */
export async function examWithWorkers(baseURL: string, count: number, options: ExamOptions = {}): Promise<{ exam: TestExam; workers: TestUser[] }> {
  const workers = await createUsers(baseURL, count);
  return { exam: await createExam(baseURL, { ...options, workers }), workers };
}

/** Assigns more workers to an exam (as HC). */
export async function assignExam(baseURL: string, exam: TestExam, workers: TestUser[]): Promise<void> {
  const hc = await staff(baseURL, 'hc');
  await hc.post(`/api/assessments/${exam.id}/assignments`, { userIds: workers.map((w) => w.id) });
  await hc.dispose();
}

/**
 * `worker` takes `exam` through the API and submits: question i (0-based, in the order served)
 * gets option `choose(i)` (0 = the right one), or stays unanswered for null. Returns the session id.
 */
export async function takeExam(
  baseURL: string,
  worker: TestUser,
  exam: TestExam,
  choose: (questionIndex: number) => number | null = () => 0,
): Promise<string> {
  const api = await ApiClient.signIn({ request }, baseURL, worker.username, worker.password);
  const { sessions } = await api.get<{ sessions: { id: string; assessmentId: string }[] }>('/api/me/sessions');
  const session = sessions.find((s) => s.assessmentId === exam.id);
  expect(session, `${worker.username} is assigned "${exam.title}"`).toBeTruthy();
  const { questions } = await api.post<{ questions: { id: string; options: { id: string }[] }[] }>(`/api/sessions/${session!.id}/start`);
  let seq = 0;
  for (const [index, question] of questions.entries()) {
    const option = choose(index);
    if (option === null) continue;
    const saved = await api.send('PUT', `/api/sessions/${session!.id}/answers/${question.id}`, { optionId: question.options[option]!.id, seq: ++seq });
    expect(saved.status(), await saved.text()).toBe(200);
  }
  await api.post(`/api/sessions/${session!.id}/submit`);
  await api.dispose();
  return session!.id;
}
