import { setImmediate as nextTurn } from 'node:timers/promises';
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';

/** PostgreSQL's wire protocol numbers bind parameters with 16 bits: at most 65,535 per statement. */
export const MAX_PARAMETERS = 65_535;
/**
 * Building a statement (drizzle, synchronous) and, on PGlite, running it holds the event loop, in
 * proportion to its rows: 500 rows keep each hold short; bigger statements barely save time.
 */
const MAX_ROWS = 500;

/**
 * Rows per INSERT into `table`: each row binds at most one parameter per column of the table
 * (columns left out become DEFAULT or a parameter from a default function), so counting the
 * table's columns, not the row's keys, keeps every statement under the limit.
 */
export function chunkSizeFor(table: PgTable): number {
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / Object.keys(getTableColumns(table)).length)));
}

/** `rows` cut into pieces small enough for one multi-row INSERT into `table` each. */
export function chunksForInsert<R>(table: PgTable, rows: R[]): R[][] {
  const size = chunkSizeFor(table);
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
}

/**
 * Inserts many rows in as few multi-row statements as the parameter limit allows, letting the
 * event loop serve other requests between statements. Call it inside a transaction when the rows
 * must land together.
 */
export async function insertInChunks<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (const [index, chunk] of chunksForInsert(table, rows).entries()) {
    if (index > 0) await nextTurn();
    await db.insert(table).values(chunk);
  }
}
