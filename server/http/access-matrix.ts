import type { Role } from '../../common/roles.js';

/**
 * The declared route x role table. Every route under /api (and /healthz, /metrics) must be listed:
 * access-matrix.int.test.ts fails on a registered route missing here, and checks each entry for
 * anonymous, coachee, coach, hc and admin. `allow` lists the roles that get past the gate (they may
 * still get 400/404 for the made-up ids and bodies the test sends); everyone else gets 403,
 * anonymous 401. `public` routes answer anonymous callers too.
 */
export type AccessRule = { public: true } | { allow: readonly Role[] };

const ADMIN = ['admin'] as const;
const STAFF = ['admin', 'hc'] as const;
const COACHEE = ['coachee'] as const;

export const ACCESS_MATRIX: Record<string, AccessRule> = {
  'GET /healthz': { public: true },
  'GET /metrics': { public: true },
  'GET /api/auth/csrf': { public: true },
  'POST /api/auth/login': { public: true },
  'POST /api/auth/logout': { public: true },
  'GET /api/auth/me': { public: true },

  'GET /api/users': { allow: ADMIN },
  'POST /api/users': { allow: ADMIN },
  'PATCH /api/users/:id': { allow: ADMIN },
  'POST /api/users/:id/password': { allow: ADMIN },
  'POST /api/users/import': { allow: ADMIN },
  'GET /api/users/import/template.:format': { allow: ADMIN },
  'GET /api/me/coachees': { allow: ['coach'] },
};
