import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { coachLink, coachLinkRequest } from '../../../common/schemas/coach-links.js';
import { entityId } from '../../../common/schemas/fields.js';
import { linkCoach, listCoachLinks, unlinkCoach } from '../../domain/coach-links/coach-links-service.js';
import { presentCoachLink } from '../../presenters/coach-links.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';

export const coachLinkRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['coach links'];
  const config = { access: 'coach-links:manage' } as const;

  app.get('/coach-links', { config, schema: { tags, response: { 200: z.object({ coachLinks: z.array(coachLink) }) } } }, async () => ({
    coachLinks: (await listCoachLinks(db)).map(presentCoachLink),
  }));

  /** 201 for a new link, 200 when it already existed. */
  app.post(
    '/coach-links',
    { config, schema: { tags, body: coachLinkRequest, response: { 200: coachLink, 201: coachLink } } },
    async (req, reply) => {
      const { link, created } = await linkCoach(db, actorOf(req).id, req.body);
      return reply.status(created ? 201 : 200).send(presentCoachLink(link));
    },
  );

  app.delete(
    '/coach-links/:coachId/:coacheeId',
    { config, schema: { tags, params: z.strictObject({ coachId: entityId, coacheeId: entityId }) } },
    async (req, reply) => {
      await unlinkCoach(db, actorOf(req).id, req.params);
      return reply.status(204).send();
    },
  );
};
