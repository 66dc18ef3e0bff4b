import type { FastifyBaseLogger } from 'fastify';
import type { ConnectionEvent, Database } from './database.js';
import { isDatabaseUnavailable } from './errors.js';

type Log = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

/** Writes the database layer's connection trouble (lost connections, the listener reconnecting) to `log`. */
export function logConnectionEvents(database: Database, log: Log) {
  database.onConnectionEvent((event: ConnectionEvent) => {
    if (event.type === 'connection_lost') log.warn({ err: event.err }, 'database connection lost; the pool replaces it');
    else if (event.type === 'listener_lost') log.warn({ err: event.err, retryInMs: event.retryInMs }, 'LISTEN connection lost; reconnecting');
    else log.info({ downMs: event.downMs }, 'LISTEN connection back; resyncing live views');
  });
}

/**
 * The error reporter of a background job (sweeper, purge) that retries on its next run: a database
 * fault is a warning (it recurs on every run until the database is back), anything else an error.
 */
export function backgroundFailureLogger(log: Log, what: string): (err: unknown) => void {
  return (err) => (isDatabaseUnavailable(err) ? log.warn({ err }, `${what}: database unavailable, retrying`) : log.error({ err }, what));
}
