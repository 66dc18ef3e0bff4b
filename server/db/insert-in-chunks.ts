import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';

/** PostgreSQL accepts at most 65,535 bind parameters in one statement; stay clear of it. */
const MAX_PARAMETERS = 60_000;
/** Past a few thousand rows a bigger statement only costs memory to build. */
const MAX_ROWS = 5_000;

/** `rows` cut into pieces small enough for one multi-row INSERT each. */
export function chunksForInsert<R extends object>(rows: R[]): R[][] {
  if (!rows.length) return [];
  const size = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  const chunks: R[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

/**
 * Inserts many rows in as few multi-row statements as the parameter limit allows. Call it inside a
 * transaction when the rows must land together.
 */
export async function insertInChunks<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (const chunk of chunksForInsert(rows)) await db.insert(table).values(chunk);
}
