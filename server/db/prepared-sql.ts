import type { SQL } from 'drizzle-orm';
import { PgDialect, type PgPreparedQuery, type PreparedQueryConfig } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';

const dialect = new PgDialect();

/**
 * A hot statement written once: its SQL text is built on first use (from a template with
 * `sql.placeholder(name)` for every value) and kept per database handle, so a request only binds
 * values. On PostgreSQL it runs as a named prepared statement: each pooled connection parses and
 * plans it once. Rows come back as the driver gives them (column names as written, timestamps as
 * strings, bigint as string or number): map them with {@link toDate} and `Number`.
 *
 * `name` must be unique in the process (PostgreSQL refuses one name for two texts on a connection).
 */
export function preparedSql<Row>(name: string, build: () => SQL): (db: Db, values: Record<string, unknown>) => Promise<Row[]> {
  const byDb = new WeakMap<Db, PgPreparedQuery<PreparedQueryConfig>>();
  const text = { query: undefined as ReturnType<PgDialect['sqlToQuery']> | undefined };
  return async (db, values) => {
    let prepared = byDb.get(db);
    if (!prepared) {
      text.query ??= dialect.sqlToQuery(build());
      prepared = db._.session.prepareQuery(text.query, undefined, name, false);
      byDb.set(db, prepared);
    }
    const result = (await prepared.execute(values)) as { rows: Row[] };
    return result.rows;
  };
}

/** A timestamp column of a {@link preparedSql} row (a string on both drivers) as a Date; null stays null. */
export const toDate = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(value as string));
