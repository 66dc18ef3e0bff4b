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
  ],
  hc: [
    { to: '/hc/assessments', labelKey: 'nav.assessments', testId: 'nav-assessments' },
    { to: '/hc/monitoring', labelKey: 'nav.monitoring', testId: 'nav-monitoring' },
    { to: '/hc/results', labelKey: 'nav.results', testId: 'nav-results' },
    { to: '/hc/competencies', labelKey: 'nav.competencies', testId: 'nav-competencies' },
  ],
  coach: [{ to: '/coach/coachees', labelKey: 'nav.myCoachees', testId: 'nav-my-coachees' }],
  coachee: [{ to: '/me/assessments', labelKey: 'nav.myAssessments', testId: 'nav-my-assessments' }],
};

/** Where a role lands after signing in: its first navigation entry. */
export function homePathFor(role: Role): string {
  return NAV_BY_ROLE[role][0]?.to ?? '/';
}

/** Whether a path belongs to one of the role's pages (used to honour a deep link after login). */
export function roleMayVisit(role: Role, path: string): boolean {
  return NAV_BY_ROLE[role].some((item) => path === item.to || path.startsWith(`${item.to}/`));
}
