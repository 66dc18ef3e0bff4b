import pg from 'pg';
import { openDatabase, type Database } from '../db/database.js';

/** Which engine integration tests run on: the vitest project sets TEST_DB (pglite or postgres). */
export const TEST_DB = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

export const POSTGRES_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let counter = 0;

/**
 * A fresh, empty database for one test server: in-memory PGlite, or a new PostgreSQL database
 * that is dropped again on close.
 */
export type TestDatabase = Database & { url?: string; /** Queries run so far, to prove what costs nothing. */ queries: { count: number } };

export async function createTestDatabase(): Promise<TestDatabase> {
  const queries = { count: 0 };
  const onQuery = () => queries.count++;
  if (TEST_DB === 'pglite') return { ...(await openDatabase({ kind: 'pglite' }, onQuery)), queries };
  const name = `ujian_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() }, onQuery);
  return {
    ...database,
    url: url.toString(),
    queries,
    async close() {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
