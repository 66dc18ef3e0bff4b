import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, postgresBinDir } from '../server/test/temp-postgres.js';

export type BenchPostgres = {
  /** `select version()` up to the platform, e.g. "PostgreSQL 15.20 (Debian 15.20-0+deb12u1)". */
  version: string;
  /** Whether pg_stat_statements counts statements (it must be preloaded; the benchmark's own cluster does). */
  statementStats: boolean;
  /** Drops and creates database `name` (with pg_stat_statements when loaded) -> its URL. */
  database(name: string): Promise<string>;
  destroy(): Promise<void>;
};

function runAsOwner(bin: string, args: string[]) {
  // initdb refuses root: as root, run the binaries as the `postgres` user.
  const [cmd, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.stdout}`);
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A PostgreSQL cluster of the benchmark's own in a temp dir, with the durable defaults of a real
 * deployment (fsync and synchronous_commit on, unlike the test clusters) and pg_stat_statements
 * loaded, so statements are counted by the database itself. Falls back to the server of
 * `fallbackUrl` (databases `ujian_bench*` recreated there) when no server binaries are installed.
 */
export async function startBenchPostgres(fallbackUrl: string): Promise<BenchPostgres> {
  const bin = postgresBinDir();
  let serverUrl = fallbackUrl.replace(/\/[^/]*$/, '');
  let destroy = async () => {};
  if (bin) {
    const dir = mkdtempSync(path.join(tmpdir(), 'ujian-bench-pg-'));
    chmodSync(dir, 0o777);
    const data = path.join(dir, 'data');
    const port = await freePort();
    runAsOwner(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c max_connections=300',
      '-c shared_buffers=256MB',
      '-c shared_preload_libraries=pg_stat_statements',
    ].join(' ');
    const pgCtl = (...args: string[]) => runAsOwner(path.join(bin, 'pg_ctl'), ['-D', data, ...args]);
    pgCtl('-o', options, '-l', path.join(dir, 'log'), '-w', 'start');
    serverUrl = `postgres://postgres@127.0.0.1:${port}`;
    destroy = async () => {
      pgCtl('-m', 'immediate', '-w', 'stop');
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const [version, preloaded] = await withClient(`${serverUrl}/postgres`, async (c) => [
    ((await c.query<{ version: string }>('select version()')).rows[0]?.version ?? '').split(' on ')[0]!,
    (await c.query<{ libs: string }>(`select current_setting('shared_preload_libraries') as libs`)).rows[0]!.libs.includes('pg_stat_statements'),
  ] as const).catch(async (err: unknown) => {
    await destroy();
    throw err;
  });
  return {
    version,
    statementStats: preloaded,
    async database(name) {
      await withClient(`${serverUrl}/postgres`, async (c) => {
        await c.query(`drop database if exists ${name} with (force)`);
        await c.query(`create database ${name}`);
      });
      const url = `${serverUrl}/${name}`;
      if (preloaded) await withClient(url, (c) => c.query('create extension pg_stat_statements'));
      return url;
    },
    destroy,
  };
}

/**
 * Statements the database has run so far in the bench database: pg_stat_statements' calls when
 * available (BEGIN and COMMIT included), else committed plus rolled-back transactions.
 */
export async function statementsSoFar(url: string, statementStats: boolean): Promise<number> {
  return withClient(url, async (client) => {
    const sql = statementStats
      ? `select coalesce(sum(calls), 0)::float8 as n from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database()) and query not ilike '%pg_stat_statements%'`
      : `select (xact_commit + xact_rollback)::float8 as n from pg_stat_database where datname = current_database()`;
    return Number((await client.query<{ n: number }>(sql)).rows[0]?.n ?? 0);
  });
}
