import { AxeBuilder } from '@axe-core/playwright';
import { expect, request, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createCompetency, createExam, createUsers, linkCoach, takeExam, uniqueSuffix, type TestExam, type TestUser } from './factories.js';
import { ApiClient, Worker } from './monitoring-support.js';
import { captureScreen, DEMO_PASSWORD, waitForContent } from './support.js';

// Every page of the app, in both languages, at a desktop and a phone width: axe finds no serious or
// critical WCAG 2.1 A/AA violation, and a full-page screenshot is kept for a person to look at
// (test-results/screens/<page>-<lang>-<width>.png). Adding a page is one row of PAGES below.

const LANGUAGES = ['id', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
/** Phone first, as the page loads there; then the same page widened to a desktop. */
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** What this Playwright worker made for the tour (each worker process makes its own). */
interface TourData {
  /** In every made user's name: the admin's search finds exactly them. */
  tag: string;
  coach: TestUser;
  /** Passed `results` (so has a result, an answer review and a competency record) and has `room` not started. */
  passer: TestUser;
  passerSession: string;
  /** The monitored and analysed assessment: one passed, one failed, one answering, one paused, one not started. */
  results: TestExam;
  /** One new worker per language, each with a not-started session of the exam-room assessment (submitted by the tour). */
  examTakers: { user: TestUser; sessionId: string }[];
  /** The worker of `results` whom HC paused, and that session: the exam's paused screen. */
  paused: { user: TestUser; sessionId: string };
}

/** Who looks at a page: a demo staff login, a made user, or nobody (signed out). */
type Viewer = 'admin' | 'hc' | null | ((data: TourData, lang: Language) => TestUser);

/** Something done on a page already shown, then checked and captured as `name`. */
interface Step {
  name: string;
  act: (page: Page) => Promise<void>;
  /** Brings back what a resize to the next width dismissed (a popover menu closes on resize). */
  restore?: (page: Page) => Promise<void>;
  /** Capture the viewport as it is scrolled (a popover menu closes on scroll and on a full-page shot). */
  inPlace?: boolean;
}

interface TourPage {
  name: string;
  as: Viewer;
  path: (data: TourData, lang: Language) => string;
  /** Waits until the page is complete; default: a level-1 heading and no loading indicator. */
  ready?: (page: Page, data: TourData) => Promise<void>;
  /** States reached from the page (a dialog opened, a form sent), checked and captured in turn. */
  then?: Step[];
}

const coach = (data: TourData) => data.coach;
const passer = (data: TourData) => data.passer;

async function openDialog(page: Page, opener: string, testId: string): Promise<void> {
  await page.getByTestId(opener).first().click();
  await expect(page.getByTestId(testId)).toBeVisible();
}

/** Opens the first monitor row's action menu, unless it is open. */
async function openRowMenu(page: Page): Promise<void> {
  const menu = page.locator('.monitor-menu:popover-open');
  if (!(await menu.isVisible())) await page.getByTestId(/^actions-/).first().click();
  await expect(menu).toBeVisible();
}

const PAGES: TourPage[] = [
  { name: 'login', as: null, path: () => '/login' },
  { name: 'not-found', as: 'hc', path: () => '/no-such-page' },
  {
    name: 'admin-users',
    as: 'admin',
    path: () => '/admin/users',
    // Only the tour's own users: the shared server holds every other spec's too.
    ready: async (page, d) => {
      await waitForContent(page);
      await page.getByRole('searchbox').first().fill(d.tag);
      await expect(page.getByTestId('users-table').locator('tbody tr')).toHaveCount(TOUR_USER_COUNT);
    },
    then: [
      { name: 'user-form-dialog', act: (page) => openDialog(page, 'add-user', 'user-form') },
      {
        name: 'reset-password-dialog',
        act: async (page) => {
          await page.keyboard.press('Escape');
          // A row's buttons: Edit, Reset password, Deactivate.
          await page.getByTestId('users-table').locator('tbody tr').first().getByRole('button').nth(1).click();
          await expect(page.getByTestId('reset-password')).toBeVisible();
        },
      },
    ],
  },
  {
    name: 'audit-log',
    as: 'admin',
    path: () => '/admin/audit',
    // The tour's own pause, not the shared server's 200 newest entries of every spec.
    ready: async (page) => {
      await waitForContent(page);
      await page.getByTestId('audit-action-filter').selectOption('session.pause');
      await expect(page.getByTestId('audit-entry').first()).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
    },
  },
  { name: 'assessments', as: 'hc', path: () => '/hc/assessments' },
  { name: 'new-assessment', as: 'hc', path: () => '/hc/assessments/new' },
  ...(['settings', 'questions', 'workbook', 'assignment'] as const).map(
    (tab): TourPage => ({ name: `editor-${tab}`, as: 'hc', path: (d) => `/hc/assessments/${d.results.id}?tab=${tab}` }),
  ),
  {
    name: 'preview',
    as: 'hc',
    path: (d) => `/hc/assessments/${d.results.id}/preview/${d.results.packageIds[0]}`,
    ready: (page) => expect(page.getByTestId('preview-room')).toBeVisible(),
  },
  {
    name: 'competencies',
    as: 'hc',
    path: () => '/hc/competencies',
    then: [{ name: 'competency-form-dialog', act: (page) => openDialog(page, 'add-competency', 'competency-form') }],
  },
  { name: 'monitoring', as: 'hc', path: () => '/hc/monitoring' },
  {
    name: 'monitor-room',
    as: 'hc',
    path: (d) => `/hc/monitoring/${d.results.id}`,
    ready: async (page) => {
      await waitForContent(page);
      await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'live');
      await expect(page.getByTestId('monitor-table').locator('tbody tr')).toHaveCount(5);
    },
    then: [
      { name: 'monitor-row-menu', act: openRowMenu, restore: openRowMenu, inPlace: true },
      {
        name: 'control-dialog',
        act: async (page) => {
          await openRowMenu(page);
          await page.locator('.monitor-menu:popover-open .monitor-menu-item').first().click();
          await expect(page.getByTestId('control-dialog')).toBeVisible();
        },
      },
    ],
  },
  ...(['attempts', 'charts', 'items'] as const).map(
    (tab): TourPage => ({
      name: `results-${tab}`,
      as: 'hc',
      path: (d) => `/hc/results?assessment=${d.results.id}&tab=${tab}`,
      ready: async (page) => {
        await waitForContent(page);
        await expect(page.getByTestId(`results-panel-${tab}`)).toBeVisible();
        await expect(page.locator('.loading')).toHaveCount(0);
      },
      then: tab === 'items' ? [{ name: 'rekey-dialog', act: (page) => openDialog(page, 'rekey-open', 'rekey-dialog') }] : [],
    }),
  ),
  { name: 'attempt-review', as: 'hc', path: (d) => `/hc/attempts/${d.passerSession}` },
  {
    name: 'my-assessments',
    as: passer,
    path: () => '/me/assessments',
    then: [{ name: 'start-exam-dialog', act: (page) => openDialog(page, 'start-session', 'start-dialog') }],
  },
  {
    name: 'exam-room',
    as: (d, lang) => d.examTakers[LANGUAGES.indexOf(lang)]!.user,
    path: (d, lang) => `/me/assessments/${d.examTakers[LANGUAGES.indexOf(lang)]!.sessionId}/take`,
    ready: async (page) => {
      await expect(page.getByTestId('exam-page')).toBeVisible();
      await page.getByTestId('option-0-0').check();
      await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    },
    then: [
      { name: 'exam-submit-dialog', act: (page) => openDialog(page, 'submit-exam', 'submit-dialog') },
      {
        name: 'exam-outcome',
        act: async (page) => {
          await page.getByTestId('confirm-submit').click();
          await expect(page.getByTestId('exam-outcome')).toBeVisible();
          await expect(page.getByTestId('outcome-score')).toBeVisible();
        },
      },
    ],
  },
  {
    name: 'exam-paused',
    as: (d) => d.paused.user,
    path: (d) => `/me/assessments/${d.paused.sessionId}/take`,
    ready: (page) => expect(page.getByTestId('exam-paused')).toBeVisible(),
  },
  { name: 'my-results', as: passer, path: () => '/me/results' },
  { name: 'my-result', as: passer, path: (d) => `/me/results/${d.passerSession}` },
  { name: 'my-competencies', as: passer, path: () => '/me/competencies' },
  { name: 'my-coachees', as: coach, path: () => '/coach/coachees' },
  { name: 'coachee-records', as: coach, path: (d) => `/coach/coachees/${d.passer.id}` },
];

/** Users the tour makes (coach, 5 in the results assessment, one exam taker per language), all carrying the tag. */
const TOUR_USER_COUNT = 1 + 5 + LANGUAGES.length;
let data: TourData;

test.describe.configure({ mode: 'parallel', timeout: 120_000 });
// The screenshots worth keeping are taken below; traces of some 30 contexts per test cost minutes.
test.use({ screenshot: 'off', trace: 'off', actionTimeout: 15_000 });

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  const tag = `Tur${uniqueSuffix()}`;
  const url = baseURL!;
  const named = (first: string[]) => first.map((name) => `${name} ${tag}`);
  const competency = await createCompetency(url, 'Keselamatan kerja tur');
  const [coachUser] = await createUsers(url, 1, { role: 'coach', names: named(['Pelatih']) });
  const [passed, failed, answering, paused, idle] = await createUsers(url, 5, { unit: 'Gudang', names: named(['Adi', 'Bayu', 'Cahya', 'Dimas', 'Erna']) });
  const takers = await createUsers(url, LANGUAGES.length, { names: named(['Farah', 'Galih']) });
  const shape = { questions: 6, optionsPerQuestion: 4, questionsPerPage: 3, allowReview: true };
  const results = await createExam(url, { ...shape, competencyIds: [competency.id], workers: [passed!, failed!, answering!, paused!, idle!] });
  const room = await createExam(url, { ...shape, workers: [...takers, passed!] });

  const passerSession = await takeExam(url, passed!, results);
  await takeExam(url, failed!, results, (i) => (i < 2 ? 0 : 1)); // 2 of 6: below the pass score
  await linkCoach(url, coachUser!, [passed!, failed!]);
  let pausedSession = '';
  for (const [user, answers] of [[answering!, 2], [paused!, 1]] as const) {
    const api = await ApiClient.signIn({ request }, url, user.username);
    const worker = await Worker.find(api, results.title);
    await worker.start();
    await worker.answerFirst(answers);
    if (user === paused) {
      await pauseSession(url, worker.sessionId);
      pausedSession = worker.sessionId;
    }
    await api.dispose();
  }
  const examTakers = [];
  for (const user of takers) {
    const api = await ApiClient.signIn({ request }, url, user.username);
    examTakers.push({ user, sessionId: (await Worker.find(api, room.title)).sessionId });
    await api.dispose();
  }
  data = { tag, coach: coachUser!, passer: passed!, passerSession, results, examTakers, paused: { user: paused!, sessionId: pausedSession } };
});

async function pauseSession(baseURL: string, sessionId: string): Promise<void> {
  const hc = await ApiClient.signIn({ request }, baseURL, 'hc');
  await hc.post(`/api/sessions/${sessionId}/pause`, { reason: 'Tur halaman' });
  await hc.dispose();
}

/** Signed-in cookies per username, made once per worker process through the API. */
const signedIn = new Map<string, Promise<Awaited<ReturnType<BrowserContext['storageState']>>>>();
function storageStateOf(baseURL: string, username: string) {
  if (!signedIn.has(username)) {
    signedIn.set(
      username,
      (async () => {
        const api = await request.newContext({ baseURL });
        const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
        const login = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD }, headers: { 'x-csrf-token': csrfToken } });
        expect(login.status(), `login as ${username}`).toBe(200);
        const state = await api.storageState();
        await api.dispose();
        return state;
      })(),
    );
  }
  return signedIn.get(username)!;
}

async function openContext(browser: Browser, baseURL: string, viewer: Viewer, lang: Language): Promise<BrowserContext> {
  const username = viewer === null ? null : typeof viewer === 'string' ? viewer : viewer(data, lang).username;
  const context = await browser.newContext({
    baseURL,
    viewport: VIEWPORTS[0],
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    storageState: username ? await storageStateOf(baseURL, username) : undefined,
  });
  await context.addInitScript({ content: `localStorage.setItem('ujian.lang', '${lang}');` });
  return context;
}

/** The serious and critical violations on the page, one readable paragraph each ('' when none). */
async function seriousViolations(page: Page): Promise<string> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
  return violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''))
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`)
    .join('\n');
}

/**
 * What a phone user would have to scroll sideways for: the page itself, a table's scroll region
 * (a table on a phone becomes cards instead, `.table-stack`), or a menu entry past the screen's edge.
 */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(READ_SIDEWAYS_SCROLLERS);
}
// A string, run in the page: the e2e project has no DOM types.
const READ_SIDEWAYS_SCROLLERS = `(() => {
  const wide = (el) => el.scrollWidth > el.clientWidth + 1;
  const size = (el) => '(' + el.scrollWidth + ' > ' + el.clientWidth + ')';
  const page = document.documentElement;
  return [
    ...(wide(page) ? ['the page ' + size(page)] : []),
    ...[...document.querySelectorAll('.table-wrap')].filter(wide).map((el) => 'table "' + el.getAttribute('aria-label') + '" ' + size(el)),
    ...[...document.querySelectorAll('.shell-nav a')].filter((a) => a.getBoundingClientRect().right > page.clientWidth).map((a) => 'menu entry "' + a.textContent + '" past the edge'),
  ];
})()`;

/** Lets a resize reach layout and paint (resize observers run before the next frame). */
const nextFrames = (page: Page) => page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');

const widths = VIEWPORTS.map((v) => v.width).join(' and ');
for (const tour of PAGES) {
  test(`${tour.name}: no serious axe violation in either language at ${widths} px, captured`, async ({ browser, baseURL }, testInfo) => {
    for (const lang of LANGUAGES) {
      const context = await openContext(browser, baseURL!, tour.as, lang);
      try {
        const page = await context.newPage();
        await page.goto(tour.path(data, lang));
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await (tour.ready ?? waitForContent)(page, data);
        for (const step of [{ name: tour.name, act: async () => {} }, ...(tour.then ?? [])]) {
          await step.act(page);
          for (const viewport of VIEWPORTS) {
            await page.setViewportSize(viewport);
            await nextFrames(page);
            await step.restore?.(page);
            const shot = `${step.name}-${lang}-${viewport.width}`;
            expect.soft(await seriousViolations(page), `axe on ${shot}`).toBe('');
            if (viewport === VIEWPORTS[0]) expect.soft(await sidewaysScrollers(page), `sideways scrolling on ${shot}`).toEqual([]);
            await captureScreen(page, testInfo, shot, { keepScroll: step.inPlace });
          }
        }
      } finally {
        await context.close();
      }
    }
  });
}
