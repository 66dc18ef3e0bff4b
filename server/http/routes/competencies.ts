import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { competency, createCompetencyRequest, updateCompetencyRequest } from '../../../common/schemas/competencies.js';
import { createCompetency, deleteCompetency, listCompetencies, updateCompetency } from '../../domain/competencies/competencies-service.js';
import { presentCompetency } from '../../presenters/assessments.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';
import { idParams } from '../route-params.js';

export const competencyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['competencies'];
  const config = { access: 'competencies:manage' } as const;

  app.get('/competencies', { config, schema: { tags, response: { 200: z.object({ competencies: z.array(competency) }) } } }, async () => ({
    competencies: (await listCompetencies(db)).map(presentCompetency),
  }));

  app.post('/competencies', { config, schema: { tags, body: createCompetencyRequest, response: { 201: competency } } }, async (req, reply) => {
    const created = await createCompetency(db, actorOf(req).id, req.body);
    return reply.status(201).send(presentCompetency(created));
  });

  app.patch(
    '/competencies/:id',
    { config, schema: { tags, params: idParams, body: updateCompetencyRequest, response: { 200: competency } } },
    async (req) => presentCompetency(await updateCompetency(db, actorOf(req).id, req.params.id, req.body)),
  );

  app.delete('/competencies/:id', { config, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteCompetency(db, actorOf(req).id, req.params.id);
    return reply.status(204).send();
  });
};
