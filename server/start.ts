import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { backgroundFailureLogger, logConnectionEvents } from './db/fault-log.js';
import { runMigrations } from './db/migrate.js';
import { hasAnyUser, seedDemo } from './demo/seed-demo.js';
import type { DeliveryContext } from './domain/delivery/delivery-context.js';
import { buildApp, type LogOptions } from './http/app.js';
import { startDeadlineSweeper } from './domain/delivery/deadline-sweeper.js';
import { startExpiredRowPurge } from './domain/accounts/purge-expired.js';
import { PackageCatalogs } from './domain/delivery/package-catalog.js';
import { createMetrics } from './observability/metrics.js';
import { EventHub } from './realtime/event-hub.js';
import { MonitorRooms } from './realtime/monitor-rooms.js';

export type Server = {
  app: FastifyInstance;
  database: Database;
  delivery: DeliveryContext;
  events: EventHub;
  demoSeeded: boolean;
  close(): Promise<void>;
};

/**
 * Opens the database, migrates it, seeds demo data where it belongs (a fresh embedded database, or
 * when asked with --demo) and builds the app. Shared by `npm start` and the integration tests.
 */
export type StartOptions = LogOptions & {
  /** An already-open database (tests); otherwise the one the config names is opened. */
  database?: Database;
  /** Force demo seeding on or off; by default it follows the rule above. */
  demo?: boolean;
  /** Run the deadline sweeper and the expired-row purge on timers (tests call them directly instead). */
  sweeper?: boolean;
};

export async function startServer(config: Config, options: StartOptions = {}): Promise<Server> {
  const metrics = createMetrics();
  const database = options.database ?? (await openDatabase(config.database, metrics.observeDbQuery));
  try {
    await runMigrations(database);
    const demoSeeded = options.demo ?? (config.demoRequested || (database.kind === 'pglite' && !(await hasAnyUser(database.db))));
    if (demoSeeded) await seedDemo(database.db);
    const sessionPolicy = { idleMs: config.sessionIdleMs, maxMs: config.sessionMaxMs };
    const delivery = { db: database.db, catalogs: new PackageCatalogs(), saveGraceMs: config.saveGraceMs };
    const events = new EventHub();
    // A batch of events that could not be sent goes to the log once there is one (receivers resynchronise by themselves).
    const sendFailures: { log?: (err: unknown) => void } = {};
    await events.start(database, (err) => sendFailures.log?.(err));
    const monitors = new MonitorRooms(database.db, events);
    const app = await buildApp(
      { config, database, delivery, events, monitors, metrics, sessionPolicy, loginPolicies: { session: sessionPolicy, throttle: config.loginThrottle } },
      { logger: options.logger, logStream: options.logStream },
    );
    logConnectionEvents(database, app.log);
    sendFailures.log = backgroundFailureLogger(app.log, 'sending a batch of events failed');
    const stopSweeper =
      options.sweeper === false ? () => {} : startDeadlineSweeper(delivery, config.sweepIntervalMs, backgroundFailureLogger(app.log, 'deadline sweep failed'));
    const stopPurge =
      options.sweeper === false
        ? () => {}
        : startExpiredRowPurge(
            database.db,
            { sessionIdleMs: config.sessionIdleMs, throttleWindowMs: config.loginThrottle.windowMs },
            backgroundFailureLogger(app.log, 'purging expired login rows failed'),
          );
    return {
      app,
      database,
      delivery,
      events,
      demoSeeded,
      async close() {
        stopSweeper();
        stopPurge();
        await app.close();
        await monitors.close();
        await events.stop();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
