import { can, type Action, type Actor } from '@common/policy';

/** One entry of the main navigation, shown to whoever `can()` do its action; `testId` is stable for end-to-end tests. */
export interface NavItem {
  to: string;
  labelKey: string;
  testId: string;
  action: Action;
}

/**
 * The worker's own pages. Their records API answers every role (empty for staff), but the pages
 * belong to whoever takes exams, so they ask the workers' action.
 */
const WORKER_PAGES: Action = 'my-sessions:list';

/** The whole menu in display order; each user sees the entries whose action they may do. */
const NAV: readonly NavItem[] = [
  { to: '/admin/users', labelKey: 'nav.users', testId: 'nav-users', action: 'users:manage' },
  { to: '/hc/assessments', labelKey: 'nav.assessments', testId: 'nav-assessments', action: 'assessments:author' },
  { to: '/hc/monitoring', labelKey: 'nav.monitoring', testId: 'nav-monitoring', action: 'assessments:monitor' },
  { to: '/hc/results', labelKey: 'nav.results', testId: 'nav-results', action: 'results:view-all' },
  { to: '/hc/competencies', labelKey: 'nav.competencies', testId: 'nav-competencies', action: 'competencies:manage' },
  { to: '/admin/audit', labelKey: 'nav.auditLog', testId: 'nav-audit-log', action: 'audit:view' },
  { to: '/coach/coachees', labelKey: 'nav.myCoachees', testId: 'nav-my-coachees', action: 'coachees:list-own' },
  { to: '/me/assessments', labelKey: 'nav.myAssessments', testId: 'nav-my-assessments', action: WORKER_PAGES },
  { to: '/me/results', labelKey: 'nav.myResults', testId: 'nav-my-results', action: WORKER_PAGES },
  { to: '/me/competencies', labelKey: 'nav.myCompetencies', testId: 'nav-my-competencies', action: WORKER_PAGES },
];

/** Pages reached by links inside other pages rather than from the menu (an attempt from results). */
const LINKED_PAGES: readonly { to: string; action: Action }[] = [{ to: '/hc/attempts', action: 'results:view-all' }];

/** The menu entries `user` may see, in display order. */
export function navigationFor(user: Actor): NavItem[] {
  return NAV.filter((item) => can(user, item.action));
}

/** Where a user lands after signing in: their first navigation entry. */
export function homePathFor(user: Actor): string {
  return navigationFor(user)[0]?.to ?? '/';
}

/** Whether a path belongs to one of the user's pages (used to honour a deep link after login). */
export function mayVisit(user: Actor, path: string): boolean {
  const pages = [...NAV, ...LINKED_PAGES].filter((page) => can(user, page.action)).map((page) => page.to);
  return pages.some((page) => path === page || path.startsWith(`${page}/`));
}
