import type { FastifyBaseLogger } from 'fastify';
import { isDatabaseUnavailable } from './db/errors.js';

type Log = Pick<FastifyBaseLogger, 'warn' | 'error' | 'fatal'>;

/**
 * What the process does with an error nobody handled. A database fault (connection lost, timeout)
 * never ends it: every exam on this instance would go down with it, and the database layer
 * reconnects by itself. Other rejections are bugs: logged as errors, the process keeps serving.
 * Other uncaught exceptions leave the process in an unknown state: logged as fatal, then `exit(1)`
 * so the supervisor starts a clean one.
 */
export function handleUncaught(kind: 'unhandledRejection' | 'uncaughtException', err: unknown, log: Log, exit: (code: number) => void) {
  if (isDatabaseUnavailable(err)) {
    log.warn({ err }, `database fault (${kind}); the process keeps running`);
  } else if (kind === 'unhandledRejection') {
    log.error({ err }, 'unhandled promise rejection');
  } else {
    log.fatal({ err }, 'uncaught exception; exiting');
    exit(1);
  }
}

/** Installs handleUncaught for the whole process (server/main.ts only: tests keep their runner's handlers). */
export function guardProcess(log: Log) {
  process.on('unhandledRejection', (err) => handleUncaught('unhandledRejection', err, log, process.exit));
  process.on('uncaughtException', (err) => handleUncaught('uncaughtException', err, log, process.exit));
}
