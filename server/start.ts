import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { runMigrations } from './db/migrate.js';
import { hasAnyUser, seedDemo } from './demo/seed-demo.js';
import { buildApp, type LogOptions } from './http/app.js';
import { createMetrics } from './observability/metrics.js';

export type Server = { app: FastifyInstance; database: Database; demoSeeded: boolean; close(): Promise<void> };

/**
 * Opens the database, migrates it, seeds demo data where it belongs (a fresh embedded database, or
 * when asked with --demo) and builds the app. Shared by `npm start` and the integration tests.
 */
export type StartOptions = LogOptions & {
  /** An already-open database (tests); otherwise the one the config names is opened. */
  database?: Database;
  /** Force demo seeding on or off; by default it follows the rule above. */
  demo?: boolean;
};

export async function startServer(config: Config, options: StartOptions = {}): Promise<Server> {
  const metrics = createMetrics();
  const database = options.database ?? (await openDatabase(config.database, metrics.observeDbQuery));
  try {
    await runMigrations(database);
    const demoSeeded = options.demo ?? (config.demoRequested || (database.kind === 'pglite' && !(await hasAnyUser(database.db))));
    if (demoSeeded) await seedDemo(database.db);
    const sessionPolicy = { idleMs: config.sessionIdleMs, maxMs: config.sessionMaxMs };
    const app = await buildApp(
      { config, database, metrics, sessionPolicy, loginPolicies: { session: sessionPolicy, throttle: config.loginThrottle } },
      { logger: options.logger, logStream: options.logStream },
    );
    return {
      app,
      database,
      demoSeeded,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
