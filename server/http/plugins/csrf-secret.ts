import type { FastifyReply, FastifyRequest } from 'fastify';

/** The signed cookie in which @fastify/csrf-protection keeps this browser's CSRF secret. */
export const CSRF_COOKIE = 'ujian_csrf';

/**
 * A token from a brand-new CSRF secret (set as the cookie on `reply`), for login: tokens handed
 * out before, to the login page or planted by someone else, stop working. The plugin reuses the
 * secret the request carries, so the request's copy is dropped first.
 */
export function rotateCsrfToken(req: FastifyRequest, reply: FastifyReply): string {
  delete req.cookies[CSRF_COOKIE];
  return reply.generateCsrf();
}

/** Forgets the CSRF secret (logout): the next `GET /api/auth/csrf` starts a new one. */
export function clearCsrfSecret(reply: FastifyReply) {
  void reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
