// `npm run bench` (`-- --quick` for a regression check in under 2 minutes): the capacity of one
// instance on PostgreSQL and on embedded PGlite, measured over the HTTP contract by load-generator
// processes on the same machine; writes BENCHMARKS.md and bench-results.json. Options:
// --max-workers=N caps the PostgreSQL ladder, --pglite-max=N the PGlite one, --run-seconds=N the answering phase.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/paths.js';
import { climb, withDatabase, type StepSettings } from './capacity.js';
import { benchImportQuestions } from './import-questions.js';
import { runMicro } from './micro.js';
import { startBenchPostgres } from './postgres-cluster.js';
import { benchmarksMarkdown, resultsJson, type BenchRun } from './report.js';
import { seedAccounts } from './seed.js';
import { BENCH_SESSION_SECRET } from './server-process.js';
import { ladder } from './stats.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (name: string, fallback: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

const runMs = option('run-seconds', quick ? 10 : 30) * 1000;
const postgresLadder = quick ? [200] : ladder(1_000, option('max-workers', 10_000));
/** Tried downwards when the first step of the ladder already fails, so `workers` still says something. */
const postgresFallback = quick ? [] : [500, 200, 100];
const pgliteLadder = quick ? [100] : ladder(200, option('pglite-max', 5_000));
const settings: StepSettings = {
  runMs,
  submitSpreadMs: quick ? 2_000 : 5_000,
  behaviour: { answerMeanMs: 15_000, heartbeatMs: 30_000 },
  viewers: quick ? 3 : 10,
  closeProbes: quick ? 5 : 20,
  dashboardProbes: quick ? 3 : 5,
};
const microSizes = quick
  ? { logins: 24, saturateMs: 3_000, seats: 200, viewerWindowMs: 4_000, memoryStreams: 300 }
  : { logins: 160, saturateMs: 8_000, seats: 500, viewerWindowMs: 10_000, memoryStreams: 2_000 };

const began = Date.now();
const loadBefore = os.loadavg()[0]!;
const say = (line: string) => console.log(`[bench ${Math.round((Date.now() - began) / 1000)} s] ${line}`);

// 10,000 event streams and their connections need more descriptors than the usual 1,024: the
// limit is raised for this process, so that the server and the generators (its children) inherit
// it; without the privilege to raise the hard limit, the soft one is raised to it.
function raiseOpenFileLimit(): string {
  const show = () => spawnSync('prlimit', ['--pid', String(process.pid), '--nofile', '--output=SOFT,HARD', '--noheadings'], { encoding: 'utf8' }).stdout.trim();
  if (spawnSync('prlimit', ['--pid', String(process.pid), '--nofile=200000:200000']).status !== 0) {
    const hard = show().split(/\s+/)[1];
    spawnSync('prlimit', ['--pid', String(process.pid), `--nofile=${hard}:${hard}`]);
  }
  return show().split(/\s+/)[0] ?? 'unknown';
}
say(`open-file limit: ${raiseOpenFileLimit()}`);

const work = mkdtempSync(path.join(tmpdir(), 'ujian-bench-'));
const logFile = path.join(work, 'server.log');
say(`server logs: ${logFile}`);

const postgres = await startBenchPostgres(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
try {
  say(`${postgres.version}; statements counted by ${postgres.statementStats ? 'pg_stat_statements' : 'transactions (pg_stat_statements is not loaded)'}`);
  const microDb = { url: await postgres.database('ujian_bench_micro'), statementStats: postgres.statementStats };
  const microAccounts = await withDatabase({ kind: 'postgres', url: microDb.url }, (db) =>
    seedAccounts(db, BENCH_SESSION_SECRET, { workers: Math.max(2_000, microSizes.seats, microSizes.memoryStreams, microSizes.logins), probes: 0, hcs: 50 }),
  );
  const micro = await runMicro(microDb, microAccounts, microSizes, { port: 3300, logFile }, say);
  say(`logins ${micro.loginsPerSecond}/s; save/bare ${micro.saveToBareRatio}; statements 50/1 dashboards ${micro.statements.ratio}; snapshot 2000/20 ${micro.snapshot.ratio}; ${micro.memory.rssPer1000Mb} MB per 1,000 streams`);

  // The load steps get a database of their own, so the rows of the measurements above do not weigh on them.
  const postgresSteps = await climb({ kind: 'postgres', url: await postgres.database('ujian_bench') }, postgresLadder, postgresFallback, settings, { port: 3301, logFile }, say);
  const pgliteSteps = await climb({ kind: 'pglite', dataDir: path.join(work, 'pglite') }, pgliteLadder, quick ? [] : [100, 50], settings, { port: 3302, logFile }, say);
  const imported = quick ? undefined : await benchImportQuestions(5_000);

  const run: BenchRun = { quick, postgresVersion: postgres.version, micro, postgresSteps, pgliteSteps, imported, loadAverage: { before: loadBefore, after: os.loadavg()[0]! }, durationS: Math.round((Date.now() - began) / 1000) };
  const json = resultsJson(run);
  // A quick run checks for regressions; it never replaces the figures of a full run.
  const outDir = quick ? work : PROJECT_ROOT;
  const markdown = benchmarksMarkdown(run, json, `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`);
  writeFileSync(path.join(outDir, 'bench-results.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'BENCHMARKS.md'), markdown);
  if (quick) console.log(markdown);
  say(`done: workers ${json.workers}, PGlite ${json.pgliteWorkers}; BENCHMARKS.md and bench-results.json written to ${outDir}`);
} finally {
  await postgres.destroy();
  rmSync(path.join(work, 'pglite'), { recursive: true, force: true });
}
process.exit(0);
