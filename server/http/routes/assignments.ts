import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assignment, assignRequest, assignResponse, coacheeDirectoryQuery } from '../../../common/schemas/assignments.js';
import { entityId } from '../../../common/schemas/fields.js';
import { coacheeSummary } from '../../../common/schemas/users.js';
import { assignWorkers } from '../../domain/assignments/assign-workers.js';
import { listAssignments, unassignWorker } from '../../domain/assignments/assignments-service.js';
import { listUnits, searchCoachees } from '../../domain/users/coachee-directory.js';
import { presentCoachee } from '../../presenters/users.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';
import { idParams } from '../route-params.js';

/** Who takes an assessment: assigning workers or a unit, the list, unassigning, and the picker's data. */
export const assignmentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['assignments'];
  const config = { access: 'assessments:author' } as const;

  app.post(
    '/assessments/:id/assignments',
    { config, schema: { tags, params: idParams, body: assignRequest, response: { 200: assignResponse } } },
    async (req) => assignWorkers(db, actorOf(req).id, req.params.id, req.body),
  );

  app.get(
    '/assessments/:id/assignments',
    { config, schema: { tags, params: idParams, response: { 200: z.object({ assignments: z.array(assignment) }) } } },
    async (req) => ({ assignments: await listAssignments(db, req.params.id) }),
  );

  app.delete(
    '/assessments/:id/assignments/:userId',
    { config, schema: { tags, params: z.strictObject({ id: entityId, userId: entityId }) } },
    async (req, reply) => {
      await unassignWorker(db, actorOf(req).id, req.params.id, req.params.userId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/coachees',
    { config, schema: { tags, querystring: coacheeDirectoryQuery, response: { 200: z.object({ coachees: z.array(coacheeSummary) }) } } },
    async (req) => ({ coachees: (await searchCoachees(db, req.query)).map(presentCoachee) }),
  );

  app.get('/units', { config, schema: { tags, response: { 200: z.object({ units: z.array(z.string()) }) } } }, async () => ({
    units: await listUnits(db),
  }));
};
