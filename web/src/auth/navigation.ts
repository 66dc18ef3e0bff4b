import type { Role } from '@common/roles';

/** One entry of the main navigation; `testId` is stable for end-to-end tests. */
export interface NavItem {
  to: string;
  labelKey: string;
  testId: string;
}

export const NAV_BY_ROLE: Record<Role, readonly NavItem[]> = {
  admin: [
    { to: '/admin/users', labelKey: 'nav.users', testId: 'nav-users' },
    { to: '/hc/assessments', labelKey: 'nav.assessments', testId: 'nav-assessments' },
    { to: '/hc/monitoring', labelKey: 'nav.monitoring', testId: 'nav-monitoring' },
    { to: '/hc/results', labelKey: 'nav.results', testId: 'nav-results' },
    { to: '/hc/competencies', labelKey: 'nav.competencies', testId: 'nav-competencies' },
    { to: '/admin/audit', labelKey: 'nav.auditLog', testId: 'nav-audit-log' },
  ],
  hc: [
    { to: '/hc/assessments', labelKey: 'nav.assessments', testId: 'nav-assessments' },
    { to: '/hc/monitoring', labelKey: 'nav.monitoring', testId: 'nav-monitoring' },
    { to: '/hc/results', labelKey: 'nav.results', testId: 'nav-results' },
    { to: '/hc/competencies', labelKey: 'nav.competencies', testId: 'nav-competencies' },
  ],
  coach: [{ to: '/coach/coachees', labelKey: 'nav.myCoachees', testId: 'nav-my-coachees' }],
  coachee: [
    { to: '/me/assessments', labelKey: 'nav.myAssessments', testId: 'nav-my-assessments' },
    { to: '/me/results', labelKey: 'nav.myResults', testId: 'nav-my-results' },
    { to: '/me/competencies', labelKey: 'nav.myCompetencies', testId: 'nav-my-competencies' },
  ],
};

/** Where a role lands after signing in: its first navigation entry. */
export function homePathFor(role: Role): string {
  return NAV_BY_ROLE[role][0]?.to ?? '/';
}

/** Pages reached by links inside other pages rather than from the menu (an attempt from results). */
const LINKED_PAGES: Partial<Record<Role, readonly string[]>> = { admin: ['/hc/attempts'], hc: ['/hc/attempts'] };

/** Whether a path belongs to one of the role's pages (used to honour a deep link after login). */
export function roleMayVisit(role: Role, path: string): boolean {
  const pages = [...NAV_BY_ROLE[role].map((item) => item.to), ...(LINKED_PAGES[role] ?? [])];
  return pages.some((page) => path === page || path.startsWith(`${page}/`));
}
