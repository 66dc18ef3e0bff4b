import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { coacheeRecordsResponse, myCompetenciesResponse } from '../../../common/schemas/records.js';
import { entityId } from '../../../common/schemas/fields.js';
import { coacheeRecords } from '../../domain/records/coachee-records.js';
import { competencyRecordsOf } from '../../domain/records/competency-records.js';
import { presentCoacheeResult, presentCompetencyRecord } from '../../presenters/records.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';

export const recordRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['records'];

  app.get('/me/competencies', { config: { access: 'my-competencies:list' }, schema: { tags, response: { 200: myCompetenciesResponse } } }, async (req) => ({
    competencies: (await competencyRecordsOf(db, actorOf(req).id)).map(presentCompetencyRecord),
  }));

  app.get(
    '/me/coachees/:userId/results',
    {
      config: { access: 'coachee-records:view' },
      schema: { tags, params: z.strictObject({ userId: entityId }), response: { 200: coacheeRecordsResponse } },
    },
    async (req) => {
      const { coachee, results, competencies } = await coacheeRecords(db, actorOf(req), req.params.userId);
      return {
        coachee: { id: coachee.id, name: coachee.name, unit: coachee.unit },
        results: results.map(presentCoacheeResult),
        competencies: competencies.map(presentCompetencyRecord),
      };
    },
  );
};
