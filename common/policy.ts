import { ROLES, type Role } from './roles.js';

/** Whoever is making the request, as far as permissions are concerned. */
export type Actor = { id: string; role: Role };

type Rule = {
  /** Roles that may attempt the action at all; anyone else gets 403. */
  roles: readonly Role[];
  /** For actions on one thing: may this actor touch it? A "no" is a 404, so existence does not leak. */
  owns?: (actor: Actor, resource: never) => boolean;
};

const STAFF = ['admin', 'hc'] as const;

/**
 * Every permission in Ujian, in one table shared by the server and the web. Routes name an action
 * here (`config.access`) and the web's pages and menu ask `can()`; nothing else decides access.
 * The route x role matrix test (server/http/access-matrix.int.test.ts) checks the server end to end.
 */
export const RULES = {
  'users:manage': { roles: ['admin'] },
  // Everyone's own settings (the app's language).
  'own-settings:update': { roles: ROLES },
  'coachees:list-own': { roles: ['coach'] },
  'competencies:manage': { roles: STAFF },
  'coach-links:manage': { roles: STAFF },
  'assessments:author': { roles: STAFF },
  'images:upload': { roles: STAFF },
  // Any signed-in user: image ids are unguessable, and workers only get those of their own exam.
  'images:view': { roles: ROLES },
  'assessments:monitor': { roles: STAFF },
  'sessions:control': { roles: STAFF },
  'results:view-all': { roles: STAFF },
  // Re-keying a started assessment's question: the one change to a locked question bank.
  'questions:rekey': { roles: STAFF },
  // Everyone's own competency records; in practice only workers (coachees) hold any.
  'my-competencies:list': { roles: ROLES },
  'coachee-records:view': {
    roles: ['coach'],
    owns: (actor: Actor, link: { coachId: string }) => link.coachId === actor.id,
  },
  'audit:view': { roles: ['admin'] },
  'my-sessions:list': { roles: ['coachee'] },
  'session:take': {
    roles: ['coachee'],
    owns: (actor: Actor, session: { userId: string }) => session.userId === actor.id,
  },
  'session:view-result': {
    roles: ['coachee', 'admin', 'hc'],
    owns: (actor: Actor, session: { userId: string }) => actor.role !== 'coachee' || session.userId === actor.id,
  },
} satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;
type ResourceOf<A extends Action> = (typeof RULES)[A] extends { owns: (a: Actor, r: infer R) => boolean } ? R : never;
/** Ownership rules take the resource; without it only the role is checked (the route gate does that). */
export type ResourceArg<A extends Action> = [ResourceOf<A>] extends [never] ? [] : [] | [resource: ResourceOf<A>];

/** The rule's answer in three values: `allowed`, `forbidden` (wrong role) or `not-theirs` (right role, not their thing). */
export function decide<A extends Action>(actor: Actor, action: A, ...resource: ResourceArg<A>): 'allowed' | 'forbidden' | 'not-theirs' {
  const rule: Rule = RULES[action];
  if (!rule.roles.includes(actor.role)) return 'forbidden';
  return rule.owns && resource.length && !rule.owns(actor, resource[0] as never) ? 'not-theirs' : 'allowed';
}

/** Whether `actor` may do `action` (to `resource`, when given); nobody signed in may do nothing. */
export function can<A extends Action>(actor: Actor | null, action: A, ...resource: ResourceArg<A>): boolean {
  return actor !== null && decide(actor, action, ...resource) === 'allowed';
}

/**
 * The actions whose changes the audit log records (the server's recordAudit callers): users,
 * competencies, coach links, assessments and their questions, re-keys, session control.
 */
export const AUDITED_ACTIONS = [
  'users:manage',
  'competencies:manage',
  'coach-links:manage',
  'assessments:author',
  'questions:rekey',
  'sessions:control',
] as const satisfies readonly Action[];

/** The roles the table lets do at least one of `actions`, in ROLES order: e.g. who can appear in the audit log. */
export function rolesAllowed(actions: readonly Action[]): Role[] {
  return ROLES.filter((role) => actions.some((action) => (RULES[action].roles as readonly Role[]).includes(role)));
}
