import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assessment, createAssessmentRequest, updateAssessmentRequest } from '../../../common/schemas/assessments.js';
import { createAssessment, deleteAssessment, getAssessment, listAssessments } from '../../domain/assessments/assessments-service.js';
import { updateAssessment } from '../../domain/assessments/update-assessment.js';
import { presentAssessment } from '../../presenters/assessments.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';
import { idParams } from '../route-params.js';

export const assessmentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['assessments'];
  const config = { access: 'assessments:author' } as const;

  app.get('/assessments', { config, schema: { tags, response: { 200: z.object({ assessments: z.array(assessment) }) } } }, async () => {
    const now = new Date();
    return { assessments: (await listAssessments(db)).map((a) => presentAssessment(a, now)) };
  });

  app.post('/assessments', { config, schema: { tags, body: createAssessmentRequest, response: { 201: assessment } } }, async (req, reply) => {
    const created = await createAssessment(db, actorOf(req).id, req.body);
    return reply.status(201).send(presentAssessment(created));
  });

  app.get('/assessments/:id', { config, schema: { tags, params: idParams, response: { 200: assessment } } }, async (req) =>
    presentAssessment(await getAssessment(db, req.params.id)),
  );

  app.patch(
    '/assessments/:id',
    { config, schema: { tags, params: idParams, body: updateAssessmentRequest, response: { 200: assessment } } },
    async (req) => presentAssessment(await updateAssessment(db, actorOf(req).id, req.params.id, req.body)),
  );

  app.delete('/assessments/:id', { config, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteAssessment(db, actorOf(req).id, req.params.id);
    return reply.status(204).send();
  });
};
