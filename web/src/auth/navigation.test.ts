import type { Role } from '@common/roles';
import { describe, expect, it } from 'vitest';
import { homePathFor, mayVisit, navigationFor } from './navigation';

const as = (role: Role) => ({ id: 'u-1', role });

describe('navigation from the policy table', () => {
  it('gives each role its menu, in order', () => {
    const menus = Object.fromEntries((['admin', 'hc', 'coach', 'coachee'] as const).map((role) => [role, navigationFor(as(role)).map((item) => item.to)]));
    expect(menus).toEqual({
      admin: ['/admin/users', '/hc/assessments', '/hc/monitoring', '/hc/results', '/hc/competencies', '/admin/audit'],
      hc: ['/hc/assessments', '/hc/monitoring', '/hc/results', '/hc/competencies'],
      coach: ['/coach/coachees'],
      coachee: ['/me/assessments', '/me/results', '/me/competencies'],
    });
    expect(homePathFor(as('coach'))).toBe('/coach/coachees');
  });

  it('lets a role visit only its own pages and the pages linked from them', () => {
    expect(mayVisit(as('admin'), '/hc/attempts/s-1')).toBe(true);
    expect(mayVisit(as('hc'), '/admin/users')).toBe(false);
    expect(mayVisit(as('coachee'), '/me/results/s-1')).toBe(true);
    expect(mayVisit(as('coach'), '/me/competencies')).toBe(false);
  });
});
