import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LoginSessionCache } from '../../domain/accounts/login-session-cache.js';
import type { AuthUser } from '../../domain/accounts/login-sessions.js';
import { unauthenticated } from '../../errors.js';
import { authorize, type Action } from '../../policies/policy.js';
import type { AppDeps } from '../app.js';

export const SESSION_COOKIE = 'ujian_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. Set for every /api request before any handler runs. */
    user: AuthUser | null;
  }
  interface FastifyInstance {
    /** This instance's cache of login sessions (the session cookie's user). */
    loginSessions: LoginSessionCache;
  }
  interface FastifyContextConfig {
    /** Reachable without logging in (login, csrf, health, docs). */
    public?: boolean;
    /** The policy action whose roles may call this route; checked before the body is validated. */
    access?: Action;
  }
}

const isStateChanging = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

/**
 * One gate for everything under /api, before the body is even parsed, in this order: the session
 * cookie's user, CSRF for every state change, then the route's policy action (401 anonymous, 403
 * wrong role). Ownership ("is this session yours?") is checked where the thing is loaded. The
 * session cookie's login session is looked up through this instance's LoginSessionCache.
 * A route that declares neither `access` nor `public` cannot even be registered.
 */
export async function registerAuthentication(app: FastifyInstance, deps: AppDeps) {
  const loginSessions = new LoginSessionCache(deps.database, deps.sessionPolicy, (err) => app.log.warn({ err }, 'recording login session activity failed'));
  await loginSessions.start();
  app.addHook('onClose', () => loginSessions.stop());
  app.decorate('loginSessions', loginSessions);
  app.decorateRequest('user', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.config?.public) return;
    if (!route.config?.access) {
      throw new Error(`${String(route.method)} ${route.url} must declare config.access (a policy action) or config.public`);
    }
  });
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith('/api/')) return;
    // Who is asking comes first, so that even a CSRF refusal speaks the signed-in user's language.
    // It costs what every request already pays: the login session cache, a query on a miss.
    const token = sessionTokenOf(req);
    req.user = token ? await loginSessions.resolve(token) : null;
    if (isStateChanging(req.method)) {
      await new Promise<void>((resolve, reject) =>
        app.csrfProtection(req, reply, (err?: Error) => (err ? reject(err) : resolve())),
      );
    }
    const { public: isPublic, access } = req.routeOptions.config;
    if (isPublic) return;
    // An unmatched /api URL: anonymous callers learn nothing, signed-in ones get the 404.
    if (!access) {
      if (!req.user) throw unauthenticated();
      return;
    }
    authorize(req.user, access);
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

/** The signed-in user of a route behind the gate above (never null there). */
export function actorOf(req: FastifyRequest): AuthUser {
  if (!req.user) throw unauthenticated();
  return req.user;
}
