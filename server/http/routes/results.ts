import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resultResponse } from '../../../common/schemas/sessions.js';
import { assessmentResults, assessmentResultsWorkbook } from '../../domain/delivery/assessment-results.js';
import { sessionResult, sessionTimeline } from '../../domain/delivery/session-result.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const resultRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { delivery } = deps;
  const tags = ['results'];

  app.get('/sessions/:id/result', { config: { access: 'session:view-result' }, schema: { tags, params: idParams, response: { 200: resultResponse } } }, (req) =>
    sessionResult(delivery, actorOf(req), req.params.id),
  );

  app.get('/sessions/:id/timeline', { config: { access: 'results:view-all' }, schema: { tags, params: idParams } }, (req) =>
    sessionTimeline(delivery, actorOf(req), req.params.id),
  );

  app.get('/assessments/:id/results', { config: { access: 'results:view-all' }, schema: { tags, params: idParams } }, (req) =>
    assessmentResults(delivery.db, req.params.id),
  );

  app.get('/assessments/:id/results.xlsx', { config: { access: 'results:view-all' }, schema: { tags, params: idParams } }, async (req, reply) => {
    const { filename, data } = await assessmentResultsWorkbook(delivery.db, req.params.id);
    void reply.type(XLSX).header('content-disposition', `attachment; filename="${filename}"`);
    return data;
  });
};
