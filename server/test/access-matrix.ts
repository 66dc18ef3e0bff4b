import type { Role } from '../../common/roles.js';

/**
 * The expected route x role table, for the tests only (production decides with common/policy.ts
 * through each route's `config.access`; this is the independent answer it is checked against).
 * Every route under /api (and /healthz, /metrics) must be listed:
 * server/http/access-matrix.int.test.ts fails on a registered route missing here, and checks each entry for
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
  'PATCH /api/auth/me': { allow: ['admin', 'hc', 'coach', 'coachee'] },

  'GET /api/users': { allow: ADMIN },
  'POST /api/users': { allow: ADMIN },
  'PATCH /api/users/:id': { allow: ADMIN },
  'POST /api/users/:id/password': { allow: ADMIN },
  'POST /api/users/import': { allow: ADMIN },
  'GET /api/users/import/template.:format': { allow: ADMIN },
  'GET /api/me/coachees': { allow: ['coach'] },

  'GET /api/competencies': { allow: STAFF },
  'POST /api/competencies': { allow: STAFF },
  'PATCH /api/competencies/:id': { allow: STAFF },
  'DELETE /api/competencies/:id': { allow: STAFF },
  'GET /api/assessments': { allow: STAFF },
  'POST /api/assessments': { allow: STAFF },
  'GET /api/assessments/:id': { allow: STAFF },
  'PATCH /api/assessments/:id': { allow: STAFF },
  'DELETE /api/assessments/:id': { allow: STAFF },
  'GET /api/assessments/:id/packages': { allow: STAFF },
  'POST /api/assessments/:id/packages': { allow: STAFF },
  'DELETE /api/packages/:id': { allow: STAFF },
  'POST /api/packages/:id/questions': { allow: STAFF },
  'PATCH /api/questions/:id': { allow: STAFF },
  'DELETE /api/questions/:id': { allow: STAFF },
  'PUT /api/packages/:id/question-order': { allow: STAFF },
  'POST /api/questions/:id/duplicate': { allow: STAFF },
  'POST /api/images': { allow: STAFF },
  'GET /api/images/:id': { allow: ['admin', 'hc', 'coach', 'coachee'] },
  'GET /api/assessments/:id/packages/template.xlsx': { allow: STAFF },
  'GET /api/assessments/:id/packages/export': { allow: STAFF },
  'POST /api/assessments/:id/packages/import': { allow: STAFF },
  'POST /api/assessments/:id/assignments': { allow: STAFF },
  'GET /api/assessments/:id/assignments': { allow: STAFF },
  'DELETE /api/assessments/:id/assignments/:userId': { allow: STAFF },
  'GET /api/coachees': { allow: STAFF },
  'GET /api/units': { allow: STAFF },
  'GET /api/coach-links': { allow: STAFF },
  'POST /api/coach-links': { allow: STAFF },
  'DELETE /api/coach-links/:coachId/:coacheeId': { allow: STAFF },
  'GET /api/me/sessions': { allow: COACHEE },

  'POST /api/sessions/:id/start': { allow: COACHEE },
  'GET /api/sessions/:id': { allow: COACHEE },
  'PUT /api/sessions/:id/answers/:questionId': { allow: COACHEE },
  'PUT /api/sessions/:id/position': { allow: COACHEE },
  'POST /api/sessions/:id/heartbeat': { allow: COACHEE },
  'POST /api/sessions/:id/submit': { allow: COACHEE },
  'GET /api/sessions/:id/status': { allow: COACHEE },
  'GET /api/sessions/:id/events': { allow: COACHEE },
  'GET /api/sessions/:id/result': { allow: ['coachee', 'admin', 'hc'] },
  'GET /api/sessions/:id/timeline': { allow: STAFF },
  'GET /api/assessments/:id/results': { allow: STAFF },
  'GET /api/assessments/:id/results.xlsx': { allow: STAFF },
  'POST /api/questions/:id/key': { allow: STAFF },
  'GET /api/me/competencies': { allow: ['admin', 'hc', 'coach', 'coachee'] },
  'GET /api/me/coachees/:userId/results': { allow: ['coach'] },
  'GET /api/audit': { allow: ADMIN },
  'GET /api/audit/actions': { allow: ADMIN },
  'GET /api/assessments/:id/item-analysis': { allow: STAFF },

  'GET /api/assessments/:id/monitor': { allow: STAFF },
  'GET /api/assessments/:id/monitor/events': { allow: STAFF },
  'POST /api/assessments/:id/close': { allow: STAFF },
  'POST /api/assessments/:id/extend': { allow: STAFF },
  'POST /api/sessions/:id/close': { allow: STAFF },
  'POST /api/sessions/:id/pause': { allow: STAFF },
  'POST /api/sessions/:id/resume': { allow: STAFF },
  'POST /api/sessions/:id/reset': { allow: STAFF },
  'POST /api/sessions/:id/force-submit': { allow: STAFF },
  'POST /api/sessions/:id/extend': { allow: STAFF },
};
