import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isDatabaseUnavailable } from '../../db/errors.js';
import type { AppDeps } from '../app.js';
import { requireMetricsToken } from '../plugins/metrics-token.js';

export const operationsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  // For load balancers: one trivial query. 503 while the database cannot be reached, so that traffic
  // goes to instances that can serve it (errors other than unavailability are real 500s).
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: {
        tags: ['operations'],
        response: {
          200: z.object({ ok: z.literal(true), db: z.enum(['pglite', 'postgres']) }),
          503: z.object({ ok: z.literal(false), db: z.literal('down') }),
        },
      },
    },
    async (_req, reply) => {
      try {
        await deps.database.db.execute(sql`select 1`);
      } catch (err) {
        if (!isDatabaseUnavailable(err)) throw err;
        return reply.status(503).send({ ok: false as const, db: 'down' as const });
      }
      return { ok: true as const, db: deps.database.kind };
    },
  );

  // Public to the session gate, but behind METRICS_TOKEN when one is configured.
  const metricsRoute = { config: { public: true }, onRequest: requireMetricsToken(deps.config.metricsToken), schema: { tags: ['operations'], hide: true } };
  app.get('/metrics', metricsRoute, async (_req, reply) => {
    void reply.type(deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  });
};
