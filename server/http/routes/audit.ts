import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditActionsResponse, auditQuery, auditResponse } from '../../../common/schemas/records.js';
import { listAuditActions, listAuditEntries } from '../../domain/audit-entries.js';
import { presentAuditEntry } from '../../presenters/records.js';
import type { AppDeps } from '../app.js';

export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['audit'];
  const config = { access: 'audit:view' } as const;

  app.get('/audit', { config, schema: { tags, querystring: auditQuery, response: { 200: auditResponse } } }, async (req) => {
    const { entries, nextBefore } = await listAuditEntries(db, req.query);
    return { entries: entries.map(presentAuditEntry), nextBefore };
  });

  app.get('/audit/actions', { config, schema: { tags, response: { 200: auditActionsResponse } } }, async () => ({ actions: await listAuditActions(db) }));
};
