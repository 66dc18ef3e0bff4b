import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mySession } from '../../../common/schemas/my-sessions.js';
import { listMySessions } from '../../domain/my-sessions/list-my-sessions.js';
import { presentMySession } from '../../presenters/my-sessions.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';

/** The worker dashboard's list: the caller's own sessions only. */
export const mySessionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/me/sessions',
    { config: { access: 'my-sessions:list' }, schema: { tags: ['sessions'], response: { 200: z.object({ sessions: z.array(mySession) }) } } },
    async (req) => {
      const now = new Date();
      return { sessions: (await listMySessions(db, actorOf(req).id)).map((s) => presentMySession(s, now)) };
    },
  );
};
