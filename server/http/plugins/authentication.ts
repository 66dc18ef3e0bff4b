import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveLoginSession, type AuthUser } from '../../domain/accounts/login-sessions.js';
import { unauthenticated } from '../../errors.js';
import type { AppDeps } from '../app.js';

export const SESSION_COOKIE = 'ujian_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. Set for every /api request before any handler runs. */
    user: AuthUser | null;
  }
  interface FastifyContextConfig {
    /** Reachable without logging in (login, csrf, health). Every other /api route needs a session. */
    public?: boolean;
  }
}

const isStateChanging = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

/**
 * One gate for everything under /api, in this order: CSRF for every state change (before the body
 * is even parsed), then the session cookie, then "must be logged in" unless the route is public.
 * Handlers then ask the policy module whether this user may do this to that.
 */
export function registerAuthentication(app: FastifyInstance, deps: AppDeps) {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith('/api/')) return;
    if (isStateChanging(req.method)) {
      await new Promise<void>((resolve, reject) =>
        app.csrfProtection(req, reply, (err?: Error) => (err ? reject(err) : resolve())),
      );
    }
    const token = sessionTokenOf(req);
    req.user = token ? await resolveLoginSession(deps.database.db, deps.sessionPolicy, token) : null;
    if (!req.user && !req.routeOptions.config.public) throw unauthenticated();
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, deps: AppDeps) {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.cookieSecure,
    signed: true,
    maxAge: Math.floor(deps.sessionPolicy.maxMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function sessionTokenOf(req: FastifyRequest): string | null {
  const cookie = req.cookies[SESSION_COOKIE];
  const token = cookie ? req.unsignCookie(cookie) : null;
  return token?.valid && token.value ? token.value : null;
}
