import type { Role } from '@common/roles';
import { describe, expect, it } from 'vitest';
import { loginPathFor, pathAfterLogin, safeNextPath } from './nextPath';

describe('safeNextPath', () => {
  it('keeps a path of this app with its query and fragment', () => {
    expect(safeNextPath('/me/assessments/s-1/take')).toBe('/me/assessments/s-1/take');
    expect(safeNextPath('/hc/monitoring/a-1?status=in_progress#row')).toBe('/hc/monitoring/a-1?status=in_progress#row');
  });

  it('refuses anything that could leave the app', () => {
    for (const raw of [
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      '/\t/evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      ' /me/assessments',
      'me/assessments',
      '',
      null,
      undefined,
    ]) {
      expect(safeNextPath(raw), String(raw)).toBeNull();
    }
  });

  it('normalises dot segments and refuses the login page itself', () => {
    expect(safeNextPath('/me/../hc/results')).toBe('/hc/results');
    expect(safeNextPath('/login')).toBeNull();
    expect(safeNextPath('/login?next=%2Fme')).toBeNull();
  });
});

describe('loginPathFor', () => {
  it('carries the page to come back to, encoded', () => {
    expect(loginPathFor('/me/assessments/s 1/take?x=1')).toBe('/login?next=%2Fme%2Fassessments%2Fs%25201%2Ftake%3Fx%3D1');
    expect(loginPathFor('/')).toBe('/login');
  });
});

describe('pathAfterLogin', () => {
  const as = (role: Role) => ({ id: 'u-1', role });

  it('returns to the page when the role may see it, else to the home page', () => {
    expect(pathAfterLogin(as('coachee'), '/me/assessments/s-1/take')).toBe('/me/assessments/s-1/take');
    expect(pathAfterLogin(as('hc'), '/hc/monitoring/a-1?status=closed')).toBe('/hc/monitoring/a-1?status=closed');
    expect(pathAfterLogin(as('coachee'), '/hc/monitoring/a-1')).toBe('/me/assessments');
    expect(pathAfterLogin(as('hc'), 'https://evil.example/hc/results')).toBe('/hc/assessments');
    expect(pathAfterLogin(as('admin'), null)).toBe('/admin/users');
  });

  it('returns to pages reached by links rather than the menu, for the roles that may see them', () => {
    expect(pathAfterLogin(as('hc'), '/hc/attempts/s-1')).toBe('/hc/attempts/s-1');
    expect(pathAfterLogin(as('coach'), '/hc/attempts/s-1')).toBe('/coach/coachees');
  });
});
