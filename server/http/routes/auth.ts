import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csrfResponse, loginRequest, meResponse, updateMeRequest } from '../../../common/schemas/auth.js';
import { login } from '../../domain/accounts/login.js';
import { endLoginSession } from '../../domain/accounts/login-sessions.js';
import { setOwnLanguage } from '../../domain/accounts/own-settings.js';
import { unauthenticated } from '../../errors.js';
import { presentSessionUser } from '../../presenters/users.js';
import type { AppDeps } from '../app.js';
import { actorOf, clearSessionCookie, sessionTokenOf, setSessionCookie } from '../plugins/authentication.js';
import { clearCsrfSecret, rotateCsrfToken } from '../plugins/csrf-secret.js';

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get('/csrf', { config: { public: true }, schema: { tags: ['auth'], response: { 200: csrfResponse } } }, async (_req, reply) => ({
    csrfToken: reply.generateCsrf(),
  }));

  app.post(
    '/login',
    { config: { public: true }, schema: { tags: ['auth'], body: loginRequest, response: { 200: meResponse } } },
    async (req, reply) => {
      const { user, token } = await login(db, deps.loginPolicies, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      // A fresh session id at every login; the one this browser had before (if any) ends now.
      const previous = sessionTokenOf(req);
      if (previous) await endLoginSession(db, previous);
      setSessionCookie(reply, token, deps);
      // A new CSRF secret too: a token known before login (e.g. planted) is worthless after it.
      return { user: presentSessionUser(user), csrfToken: rotateCsrfToken(req, reply) };
    },
  );

  app.post('/logout', { config: { public: true }, schema: { tags: ['auth'] } }, async (req, reply) => {
    const token = sessionTokenOf(req);
    if (token) await endLoginSession(db, token);
    clearSessionCookie(reply);
    clearCsrfSecret(reply);
    return reply.status(204).send();
  });

  app.get('/me', { config: { public: true }, schema: { tags: ['auth'], response: { 200: meResponse } } }, async (req, reply) => {
    if (!req.user) throw unauthenticated();
    return { user: presentSessionUser(req.user), csrfToken: reply.generateCsrf() };
  });

  // The language the user chose: server messages use it from this answer on (request-language.ts).
  app.patch(
    '/me',
    { config: { access: 'own-settings:update' }, schema: { tags: ['auth'], body: updateMeRequest, response: { 200: meResponse } } },
    async (req, reply) => {
      const user = await setOwnLanguage(db, actorOf(req).id, req.body.language);
      app.loginSessions.rememberLanguage(user.id, req.body.language);
      return { user: presentSessionUser(user), csrfToken: reply.generateCsrf() };
    },
  );
};
