import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { rekeyRequest, rekeyResponse } from '../../../common/schemas/records.js';
import { rekeyQuestion } from '../../domain/assessments/rekey-question.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';
import { idParams } from '../route-params.js';

export const rekeyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/questions/:id/key',
    { config: { access: 'questions:rekey' }, schema: { tags: ['results'], params: idParams, body: rekeyRequest, response: { 200: rekeyResponse } } },
    (req) => rekeyQuestion(db, actorOf(req).id, req.params.id, req.body),
  );
};
