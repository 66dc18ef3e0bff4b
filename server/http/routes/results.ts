import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resultResponse } from '../../../common/schemas/sessions.js';
import { assessmentResultsResponse, itemAnalysisResponse, resultsWorkbookQuery } from '../../../common/schemas/results.js';
import { assessmentResults } from '../../domain/results/assessment-results.js';
import { itemAnalysis } from '../../domain/results/item-analysis.js';
import { assessmentResultsWorkbook } from '../../domain/results/results-workbook.js';
import { attemptTimelineResponse } from '../../../common/schemas/attempts.js';
import { attemptTimeline } from '../../domain/attempts/attempt-timeline.js';
import { sessionResult } from '../../domain/delivery/session-result.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';
import { attachment } from '../download-name.js';
import { requestLanguage } from '../request-language.js';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const resultRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { delivery } = deps;
  const tags = ['results'];

  app.get('/sessions/:id/result', { config: { access: 'session:view-result' }, schema: { tags, params: idParams, response: { 200: resultResponse } } }, (req) =>
    sessionResult(delivery, actorOf(req), req.params.id),
  );

  app.get('/sessions/:id/timeline', { config: { access: 'results:view-all' }, schema: { tags, params: idParams, response: { 200: attemptTimelineResponse } } }, (req) =>
    attemptTimeline(delivery, actorOf(req), req.params.id),
  );

  app.get('/assessments/:id/results', { config: { access: 'results:view-all' }, schema: { tags, params: idParams, response: { 200: assessmentResultsResponse } } }, (req) =>
    assessmentResults(delivery.db, req.params.id),
  );

  app.get('/assessments/:id/results.xlsx', { config: { access: 'results:view-all' }, schema: { tags, params: idParams, querystring: resultsWorkbookQuery } }, async (req, reply) => {
    const language = requestLanguage(req, req.query.lang);
    const { title, data } = await assessmentResultsWorkbook(delivery.db, req.params.id, language);
    void reply.type(XLSX).header('content-disposition', attachment(language, 'results', 'xlsx', title));
    return data;
  });

  app.get('/assessments/:id/item-analysis', { config: { access: 'results:view-all' }, schema: { tags, params: idParams, response: { 200: itemAnalysisResponse } } }, (req) =>
    itemAnalysis(delivery.db, req.params.id),
  );
};
