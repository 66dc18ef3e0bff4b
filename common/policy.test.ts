import { describe, expect, it } from 'vitest';
import { AUDITED_ACTIONS, can, rolesAllowed, RULES, type Action } from './policy.js';
import { ROLES } from './roles.js';

const as = (role: (typeof ROLES)[number], id = 'u-1') => ({ id, role });

describe('the policy table', () => {
  it('decides every action for every role (role gate, no resource)', () => {
    const matrix = Object.fromEntries(
      (Object.keys(RULES) as Action[]).map((action) => [action, ROLES.filter((role) => can(as(role), action)).join(' ')]),
    );
    expect(matrix).toMatchInlineSnapshot(`
      {
        "assessments:author": "admin hc",
        "assessments:monitor": "admin hc",
        "audit:view": "admin",
        "coach-links:manage": "admin hc",
        "coachee-records:view": "coach",
        "coachees:list-own": "coach",
        "competencies:manage": "admin hc",
        "images:upload": "admin hc",
        "images:view": "admin hc coach coachee",
        "my-competencies:list": "admin hc coach coachee",
        "my-sessions:list": "coachee",
        "own-settings:update": "admin hc coach coachee",
        "questions:rekey": "admin hc",
        "results:view-all": "admin hc",
        "session:take": "coachee",
        "session:view-result": "admin hc coachee",
        "sessions:control": "admin hc",
        "users:manage": "admin",
      }
    `);
  });

  it('lets nobody signed out do anything', () => {
    for (const action of Object.keys(RULES) as Action[]) expect(can(null, action)).toBe(false);
  });

  it('answers ownership rules with the resource', () => {
    expect(can(as('coachee', 'w-1'), 'session:take', { userId: 'w-1' })).toBe(true);
    expect(can(as('coachee', 'w-1'), 'session:take', { userId: 'w-2' })).toBe(false);
    expect(can(as('coachee', 'w-1'), 'session:view-result', { userId: 'w-2' })).toBe(false);
    expect(can(as('hc', 'h-1'), 'session:view-result', { userId: 'w-2' })).toBe(true);
    expect(can(as('coach', 'c-1'), 'coachee-records:view', { coachId: 'c-1' })).toBe(true);
    expect(can(as('coach', 'c-1'), 'coachee-records:view', { coachId: 'c-2' })).toBe(false);
  });
});

describe('rolesAllowed', () => {
  it('answers the roles the table lets do any of the actions, in ROLES order', () => {
    expect(rolesAllowed(['users:manage'])).toEqual(['admin']);
    expect(rolesAllowed(['coachees:list-own', 'users:manage'])).toEqual(['admin', 'coach']);
    expect(rolesAllowed([])).toEqual([]);
  });

  it('names who can appear in the audit log: the roles of the audited actions', () => {
    expect(rolesAllowed(AUDITED_ACTIONS)).toEqual(['admin', 'hc']);
  });
});
