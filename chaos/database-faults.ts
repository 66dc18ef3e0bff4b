import pg from 'pg';
import type { TempPostgres } from '../server/test/temp-postgres.js';

/** Ends every client connection of the cluster (the app's pool and its LISTEN connection); returns how many. */
export async function terminateBackends(databaseUrl: string): Promise<number> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const result = await admin.query<{ n: number }>(
      `select count(*)::int as n from (
         select pg_terminate_backend(pid) from pg_stat_activity
          where pid <> pg_backend_pid() and backend_type = 'client backend') terminated`,
    );
    return result.rows[0]!.n;
  } finally {
    await admin.end();
  }
}

/** Stops PostgreSQL for `ms`, then starts it again; resolves with the time (Date.now()) it accepts connections again. */
export async function stopPostgresFor(postgres: TempPostgres, ms: number): Promise<number> {
  await postgres.stop();
  await new Promise((resolve) => setTimeout(resolve, ms));
  await postgres.start();
  return Date.now();
}
