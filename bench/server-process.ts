import { setTimeout as sleep } from 'node:timers/promises';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { PROJECT_ROOT } from '../server/paths.js';

export type BenchServer = { url: string; pid: number; stop(): Promise<void> };

export type ServerTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/** The session secret of every benchmark server: the seeding signs login cookies with it. */
export const BENCH_SESSION_SECRET = 'bench-run-secret-bench-run-secret-bench-run';

/**
 * Settings of the measured server beyond the defaults, and why:
 * - LOG_LEVEL warn: no line per request (at `info`, Fastify logs two per request);
 * - the anonymous rate limit far above its default of 10,000 per minute and address, because every
 *   simulated device comes from 127.0.0.1 and the bare-route run alone sends more than that
 *   (the limiter still runs on every request);
 * - room for 100,000 event streams on the instance (the default, 20,000, would be reached first).
 */
export const BENCH_ENV = {
  SESSION_SECRET: BENCH_SESSION_SECRET,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
  STREAMS_MAX_TOTAL: '100000',
};


/**
 * The real server (`server/main.ts` through tsx) as a child process on `port`, logging to
 * `logFile`; resolves once /healthz answers. It inherits the raised open-file limit. It runs from
 * BENCH_SERVER_DIR when set (a copy of the sources, e.g. `git archive` of a commit, with
 * node_modules linked), else from this checkout.
 */
export async function startBenchServer(target: ServerTarget, port: number, logFile: string): Promise<BenchServer> {
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, ...BENCH_ENV, PORT: String(port) };
  delete env.DATABASE_URL;
  if (target.kind === 'postgres') env.DATABASE_URL = target.url;
  else env.DATA_DIR = target.dataDir;
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: process.env.BENCH_SERVER_DIR ?? PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} (log: ${logFile})`);
    if (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false)) break;
    if (Date.now() > until) throw new Error(`the server on ${url} did not answer /healthz (log: ${logFile})`);
    await sleep(200);
  }
  return {
    url,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(20_000).then(() => child.kill('SIGKILL'))]);
      log.end();
    },
  };
}

/** Prometheus text of `GET /metrics` -> the value of each unlabelled sample (and of labelled ones, summed by name). */
export async function readMetrics(url: string): Promise<Map<string, number>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{[^}]*\})?\s+(\S+)/.exec(line);
    if (match) values.set(match[1]!, (values.get(match[1]!) ?? 0) + Number(match[2]));
  }
  return values;
}
