import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { NotificationListener, type ListenerEvent } from './notification-listener.js';
import * as schema from './schema.js';
import { DEFAULT_DB_TIMEOUTS, type DbTimeouts } from './timeouts.js';

/** Drizzle over either driver: both speak the same PostgreSQL dialect and take the same schema. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = 'pglite' | 'postgres';

/**
 * An object that a database handle shares with every transaction opened on it (Drizzle's dialect
 * object), so code that is handed a transaction can still find per-database state, such as this
 * instance's event batch queue.
 */
export const handleOf = (db: Db): object => (db as unknown as { dialect: object }).dialect;
export type QueryTimer = (seconds: number) => void;

export type DatabaseTarget = { kind: 'postgres'; url: string; timeouts?: DbTimeouts } | { kind: 'pglite'; dataDir?: string };

/** Connection trouble the database layer recovered from (or is recovering from) by itself, for the log. */
export type ConnectionEvent = { type: 'connection_lost'; err: unknown } | ListenerEvent;

export interface Database {
  kind: DbKind;
  db: Db;
  /** Runs `fn` holding a session-level advisory lock, so that concurrent instances take turns. */
  withAdvisoryLock<T>(key: number, fn: (db: Db) => Promise<T>): Promise<T>;
  /**
   * Subscribes to a LISTEN/NOTIFY channel; resolves to an unsubscribe function. `onResubscribed`
   * runs after the LISTEN connection was lost and is back: notifications sent meanwhile are lost.
   */
  listen(channel: string, onPayload: (payload: string) => void, onResubscribed?: () => void): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
  /** Reports connections lost and the listener reconnecting, for the log (never on PGlite). */
  onConnectionEvent(listener: (event: ConnectionEvent) => void): void;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget, onQuery?: QueryTimer): Promise<Database> {
  return target.kind === 'postgres'
    ? openPostgres(target.url, target.timeouts ?? DEFAULT_DB_TIMEOUTS, onQuery)
    : openPglite(target.dataDir, onQuery);
}

function timed<T>(onQuery: QueryTimer | undefined, run: () => T): T {
  if (!onQuery) return run();
  const started = performance.now();
  const result = run();
  const done = () => onQuery((performance.now() - started) / 1000);
  if (result instanceof Promise) result.then(done, done);
  return result;
}

/** How the LISTEN connection shows in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'ujian-listener';

/** Client-side limit beyond the server's statement_timeout: the server answers first when it can. */
const QUERY_TIMEOUT_MARGIN_MS = 1_000;

async function openPostgres(url: string, timeouts: DbTimeouts, onQuery?: QueryTimer): Promise<Database> {
  const reporters = new Set<(event: ConnectionEvent) => void>();
  const report = (event: ConnectionEvent) => reporters.forEach((r) => r(event));
  const connection = { connectionString: url, connectionTimeoutMillis: timeouts.connectMs, keepAlive: true };
  const queryTimeoutMs = timeouts.statementMs + QUERY_TIMEOUT_MARGIN_MS;

  /**
   * Every pooled connection: times each query for /metrics (inside transactions too), survives its
   * connection dying, and goes back to the pool the moment it is broken.
   */
  class PooledClient extends pg.Client {
    private releaseOnce?: (err?: Error | boolean) => void;

    constructor(config?: pg.ClientConfig) {
      super(config);
      // Without a listener, a connection lost while checked out (in a transaction) would end the
      // process. Its query fails by itself; here it is only reported.
      this.on('error', (err) => report({ type: 'connection_lost', err }));
      this.on('end', () => this.releaseBroken());
    }

    override query(...args: unknown[]): never {
      const run = (super.query as (...a: unknown[]) => never).bind(this);
      const callback = args.at(-1);
      if (typeof callback === 'function') {
        // `pool.query` (every query outside a transaction) hands a callback instead of awaiting.
        const started = performance.now();
        return run(...args.slice(0, -1), (err: unknown, res: unknown) => {
          onQuery?.((performance.now() - started) / 1000);
          this.dropIfTimedOut(err);
          (callback as (err: unknown, res: unknown) => void)(err, res);
        });
      }
      const result = timed(onQuery, () => run(...args)) as unknown;
      if (result instanceof Promise) result.catch((err: unknown) => this.dropIfTimedOut(err));
      return result as never;
    }

    /** A timed-out query is still running on the server: this connection is of no more use. */
    private dropIfTimedOut(err: unknown) {
      if (err instanceof Error && err.message === 'Query read timeout') void this.end();
    }

    /**
     * The pool sets `release` at each checkout. Wrapped so that calling it twice is harmless: a
     * broken connection releases itself, because Drizzle never releases one whose `begin` failed
     * and ten such leaks would leave the pool with nothing to give.
     */
    set release(release: ((err?: Error | boolean) => void) | undefined) {
      let done = false;
      this.releaseOnce = release && ((err) => (done ? undefined : ((done = true), release(err))));
    }

    get release(): ((err?: Error | boolean) => void) | undefined {
      return this.releaseOnce;
    }

    private releaseBroken() {
      this.releaseOnce?.(new Error('connection lost'));
    }
  }

  const pool = new pg.Pool({
    ...connection,
    max: 10,
    Client: PooledClient,
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    query_timeout: queryTimeoutMs,
  });
  // An idle connection was lost; the pool drops it and opens a new one when needed.
  pool.on('error', (err) => report({ type: 'connection_lost', err }));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const listener = new NotificationListener({ ...connection, query_timeout: queryTimeoutMs, application_name: LISTENER_APPLICATION_NAME }, report);

  return {
    kind: 'postgres',
    db,
    async withAdvisoryLock(key, fn) {
      // A connection of its own without the request timeouts: migrations may build indexes for
      // minutes, and an instance starting beside another waits here until its migrations are done.
      const client = new pg.Client(connection);
      client.on('error', (err) => report({ type: 'connection_lost', err }));
      await client.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn(drizzlePg(client, { schema }) as unknown as Db);
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        await client.end();
      }
    },
    async listen(channel, onPayload, onResubscribed) {
      const unsubscribe = await listener.listen(channel, onPayload, onResubscribed);
      return async () => unsubscribe();
    },
    async notify(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    onConnectionEvent(reporter) {
      reporters.add(reporter);
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string | undefined, onQuery?: QueryTimer): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const query = client.query.bind(client);
  client.query = ((...args: Parameters<typeof query>) => timed(onQuery, () => query(...args))) as typeof client.query;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    // One embedded connection serves the whole process: there is nobody to take turns with.
    withAdvisoryLock: (_key, fn) => fn(db),
    // An embedded database has no connection to lose: nothing to resubscribe, nothing to report.
    async listen(channel, onPayload) {
      const unsubscribe = await client.listen(channel, onPayload);
      return async () => unsubscribe();
    },
    onConnectionEvent: () => {},
    async notify(channel, payload) {
      await client.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      await client.close();
    },
  };
}
