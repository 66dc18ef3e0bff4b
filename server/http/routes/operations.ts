import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app.js';

export const operationsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: { tags: ['operations'], response: { 200: z.object({ ok: z.literal(true), db: z.enum(['pglite', 'postgres']) }) } },
    },
    async () => {
      await deps.database.db.execute(sql`select 1`);
      return { ok: true as const, db: deps.database.kind };
    },
  );

  app.get('/metrics', { config: { public: true }, schema: { tags: ['operations'], hide: true } }, async (_req, reply) => {
    void reply.type(deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  });
};
