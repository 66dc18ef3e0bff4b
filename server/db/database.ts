import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';

/** Drizzle over either driver: both speak the same PostgreSQL dialect and take the same schema. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = 'pglite' | 'postgres';
export type QueryTimer = (seconds: number) => void;

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir?: string };

export interface Database {
  kind: DbKind;
  db: Db;
  /** Runs `fn` holding a session-level advisory lock, so that concurrent instances take turns. */
  withAdvisoryLock<T>(key: number, fn: (db: Db) => Promise<T>): Promise<T>;
  /** Subscribes to a LISTEN/NOTIFY channel; resolves to an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget, onQuery?: QueryTimer): Promise<Database> {
  return target.kind === 'postgres' ? openPostgres(target.url, onQuery) : openPglite(target.dataDir, onQuery);
}

function timed<T>(onQuery: QueryTimer | undefined, run: () => T): T {
  if (!onQuery) return run();
  const started = performance.now();
  const result = run();
  const done = () => onQuery((performance.now() - started) / 1000);
  if (result instanceof Promise) result.then(done, done);
  return result;
}

async function openPostgres(url: string, onQuery?: QueryTimer): Promise<Database> {
  // A Client subclass so that every query, inside transactions too, is timed for /metrics.
  class TimedClient extends pg.Client {
    override query(...args: unknown[]): never {
      return timed(onQuery, () => (super.query as (...a: unknown[]) => never)(...args));
    }
  }
  const pool = new pg.Pool({ connectionString: url, max: 10, Client: TimedClient });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Requests see their own errors.
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  let listener: pg.Client | undefined;
  const handlers = new Map<string, Set<(payload: string) => void>>();

  return {
    kind: 'postgres',
    db,
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn(drizzlePg(client, { schema }) as unknown as Db);
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      // LISTEN needs one long-lived connection of its own, shared by every channel.
      if (!listener) {
        listener = new pg.Client({ connectionString: url });
        await listener.connect();
        listener.on('notification', (msg) => {
          for (const handler of handlers.get(msg.channel) ?? []) handler(msg.payload ?? '');
        });
      }
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await listener.query(`listen ${pg.escapeIdentifier(channel)}`);
      }
      set.add(onPayload);
      return async () => {
        set.delete(onPayload);
      };
    },
    async notify(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      await listener?.end();
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
    async listen(channel, onPayload) {
      const unsubscribe = await client.listen(channel, onPayload);
      return async () => unsubscribe();
    },
    async notify(channel, payload) {
      await client.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      await client.close();
    },
  };
}
