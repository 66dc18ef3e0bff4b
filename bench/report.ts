import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/paths.js';
import type { StepResult } from './capacity.js';
import { BENCH_ENV } from './server-process.js';
import { TARGETS } from './targets.js';
import type { ImportBenchResult } from './import-questions.js';
import type { MicroResult } from './micro.js';

export type BenchRun = {
  quick: boolean;
  postgresVersion: string;
  micro: MicroResult;
  postgresSteps: StepResult[];
  pgliteSteps: StepResult[];
  imported?: ImportBenchResult;
  /** The machine's 1-minute load average when the run began and ended: other work on the cores shows here. */
  loadAverage: { before: number; after: number };
  durationS: number;
};

export function machine() {
  const commit = execSync('git rev-parse --short HEAD', { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim() !== '';
  const pglite = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    ramGb: Math.round(os.totalmem() / 1024 ** 3),
    commit: dirty ? `${commit} (with uncommitted changes)` : commit,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    node: process.version,
    pglite,
  };
}

/** The largest step meeting every target; else the smallest one tried (whose figures bound the capacity). */
function chosen(steps: StepResult[]) {
  const passing = steps.filter((s) => !s.failed.length).sort((a, b) => b.workers - a.workers)[0];
  const bounding = steps.filter((s) => s.failed.length && (!passing || s.workers > passing.workers)).sort((a, b) => a.workers - b.workers)[0];
  return { passing, bounding, figures: passing ?? [...steps].sort((a, b) => a.workers - b.workers)[0] };
}

/** bench-results.json: the figures issue 12 asks for, then the detail behind them. */
export function resultsJson(run: BenchRun) {
  const pg = chosen(run.postgresSteps);
  const lite = chosen(run.pgliteSteps);
  return {
    workers: pg.passing?.workers ?? 0,
    saveP99Ms: pg.figures?.save.p99 ?? null,
    saveToBareRatio: run.micro.saveToBareRatio,
    closeNoticeP95Ms: pg.figures?.closeNotice.p95 ?? null,
    dashboardP95Ms: pg.figures?.dashboard.p95 ?? null,
    dbStatementsViewerRatio: run.micro.statements.ratio,
    snapshotScaleRatio: run.micro.snapshot.ratio,
    startStormP99Ms: pg.figures?.startStorm.p99 ?? null,
    memoryPer1000StreamsMb: run.micro.memory.rssPer1000Mb,
    pgliteWorkers: lite.passing?.workers ?? 0,
    loginsPerSecond: run.micro.loginsPerSecond,
    quick: run.quick,
    machine: { ...machine(), postgres: run.postgresVersion, loadAverage: run.loadAverage },
    durationS: run.durationS,
    targets: TARGETS,
    bounding: pg.bounding ? { workers: pg.bounding.workers, failed: pg.bounding.failed } : null,
    pgliteBounding: lite.bounding ? { workers: lite.bounding.workers, failed: lite.bounding.failed } : null,
    micro: run.micro,
    postgresSteps: run.postgresSteps,
    pgliteSteps: run.pgliteSteps,
    imported: run.imported ?? null,
  };
}

const yes = (ok: boolean) => (ok ? 'met' : '**not met**');
const ms = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '–' : `${n} ms`);

function stepRow(s: StepResult) {
  const errors = Object.values(s.errors).reduce((a, b) => a + b, 0);
  return `| ${s.engine} | ${s.workers} | ${(s.startStorm.durationMs / 1000).toFixed(1)} s, p99 ${ms(s.startStorm.p99)} | ${s.savesPerSecond} | ${ms(s.save.p50)} / ${ms(s.save.p99)} | ${ms(s.heartbeat.p99)} | ${ms(s.closeNotice.p95)} | ${ms(s.dashboard.p95)} | ${ms(s.submit.p99)} | ${errors} | ${s.serverRssMb} MB | ${s.serverCpuPercent} % | ${s.loadAverage} | ${s.failed.length ? s.failed.join('; ') : 'all met'} |`;
}

/** BENCHMARKS.md from one run. */
export function benchmarksMarkdown(run: BenchRun, json: ReturnType<typeof resultsJson>, command: string): string {
  const m = json.machine;
  const micro = run.micro;
  const figures = chosen(run.postgresSteps).figures;
  const storm = figures?.startStorm;
  const stormErrors = Object.keys(figures?.errors ?? {}).filter((kind) => kind.startsWith('start '));
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`${command}\`${run.quick ? ' (quick mode: small counts, for regressions only; not the capacity figures)' : ''}. The app, PostgreSQL and the load generators share the machine's cores; the figures come from one run.`,
    '',
    '| machine | commit | date | Node | PostgreSQL | PGlite | load average (1 min) at start / end | run took |',
    '|---|---|---|---|---|---|---|---|',
    `| ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM | ${m.commit} | ${m.date} | ${m.node} | ${m.postgres} | ${m.pglite} | ${m.loadAverage.before.toFixed(1)} / ${m.loadAverage.after.toFixed(1)} | ${Math.round(run.durationS / 60)} min |`,
    '',
    'A load average above the core count means other work shared the cores during the run: latency tails (p99) then measure the machine more than the app.',
    '',
    `The server runs from ${process.env.BENCH_SERVER_DIR ?? 'the checkout'} through tsx with ${Object.entries(BENCH_ENV)
      .filter(([k]) => k !== 'SESSION_SECRET')
      .map(([k, v]) => `\`${k}=${v}\``)
      .join(', ')} (why: bench/server-process.ts); PostgreSQL is a cluster of the benchmark's own with durable defaults (fsync and synchronous_commit on), \`shared_buffers=256MB\` and pg_stat_statements. Workers are signed in beforehand (login sessions written to the database; the login rate is measured apart).`,
    '',
    '## Targets (issue 12)',
    '',
    '| figure | measured | target | |',
    '|---|---|---|---|',
    `| workers one instance carries on PostgreSQL (\`workers\`) | ${json.workers}${json.bounding ? ` (at ${json.bounding.workers}: ${json.bounding.failed.join('; ')})` : ''} | 10,000 | ${yes(json.workers >= 10_000)} |`,
    `| save p99 at that load (\`saveP99Ms\`) | ${ms(json.saveP99Ms)} | ≤ ${TARGETS.saveP99Ms} ms | ${yes((json.saveP99Ms ?? Infinity) <= TARGETS.saveP99Ms)} |`,
    `| start storm p99 (\`startStormP99Ms\`) at that load | ${ms(json.startStormP99Ms)}, all started in ${storm ? (storm.durationMs / 1000).toFixed(1) : '–'} s | every worker within 10 s, no errors | ${yes(!!storm && storm.durationMs <= TARGETS.startStormMs && !stormErrors.length)} |`,
    `| HC close to worker notice p95 (\`closeNoticeP95Ms\`) | ${ms(json.closeNoticeP95Ms)} | ≤ ${TARGETS.closeNoticeP95Ms} ms | ${yes((json.closeNoticeP95Ms ?? Infinity) <= TARGETS.closeNoticeP95Ms)} |`,
    `| save to dashboard p95 (\`dashboardP95Ms\`) | ${ms(json.dashboardP95Ms)} | ≤ ${TARGETS.dashboardP95Ms} ms | ${yes((json.dashboardP95Ms ?? Infinity) <= TARGETS.dashboardP95Ms)} |`,
    `| save / bare route throughput, 64 in flight (\`saveToBareRatio\`) | ${json.saveToBareRatio} (${micro.save.perSecond} saves/s, ${micro.bare.perSecond} bare/s) | ≥ 0.25 | ${yes(json.saveToBareRatio >= 0.25)} |`,
    `| DB statements/s, 50 dashboards / 1 (\`dbStatementsViewerRatio\`) | ${json.dbStatementsViewerRatio} (${micro.statements.fiftyViewersPerSecond}/s vs ${micro.statements.oneViewerPerSecond}/s, ${micro.statements.source}) | ≤ 1.1 | ${yes(json.dbStatementsViewerRatio <= 1.1)} |`,
    `| memory per 1,000 open event streams (\`memoryPer1000StreamsMb\`) | ${json.memoryPer1000StreamsMb} MB resident (V8 heap ${micro.memory.heapPer1000Mb} MB), from ${micro.memory.streams} streams | reported | |`,
    `| embedded PGlite: largest worker count with save p99 ≤ 100 ms (\`pgliteWorkers\`) | ${json.pgliteWorkers}${json.pgliteBounding ? ` (at ${json.pgliteBounding.workers}: ${json.pgliteBounding.failed.join('; ')})` : ''} | reported | |`,
    `| monitor snapshot, ${micro.snapshot.largeSessions} sessions / ${micro.snapshot.smallSessions} (\`snapshotScaleRatio\`) | ${json.snapshotScaleRatio} (${ms(micro.snapshot.largeMs)} vs ${ms(micro.snapshot.smallMs)}, median over HTTP) | reported | |`,
    `| logins per second, Argon2id, 8 at a time (\`loginsPerSecond\`) | ${json.loginsPerSecond} (${micro.logins.count} logins: ${JSON.stringify(micro.logins.statuses)}) | reported | |`,
    '',
    '## Load steps',
    '',
    'Each step: a fresh server; the workers (signed in beforehand) all start at once; each opens its event stream and keeps it; then each answers after exponential think times (mean 15 s; a page change when the next question is on another page) and sends a heartbeat every 30 s, while HC dashboards watch the room and probes time HC closes and saves to the dashboard; then all submit. A step meets the targets with save p99 ≤ 100 ms, no error, every start within 10 s, close notice p95 ≤ 1 s and save to dashboard p95 ≤ 2 s; the ladder stops at the first step that does not (and when the first step already misses, steps down until one meets them). The generators send requests over 256 keep-alive connections each, as a reverse proxy would, so a storm queues partly in them. Server CPU is the CPU time of the server process over the answering phase (100 % = one core, all one Node process can use); a load average above the 2 cores means work waited for a core.',
    '',
    '| engine | workers | start storm (all / p99) | saves/s | save p50 / p99 | heartbeat p99 | close notice p95 | save to dashboard p95 | submit p99 | errors | server RSS | server CPU (of one core) | load average | targets |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...[...run.postgresSteps, ...run.pgliteSteps].map(stepRow),
    '',
    '## Throughput at 64 requests in flight',
    '',
    '| route | requests/s | p50 | p99 | errors |',
    '|---|---|---|---|---|',
    `| \`GET /api/auth/csrf\` (no database) | ${micro.bare.perSecond} | ${ms(micro.bare.p50)} | ${ms(micro.bare.p99)} | ${JSON.stringify(micro.bare.errors)} |`,
    `| \`PUT /api/sessions/:id/answers/:questionId\` over ${run.micro.save.count ? 'the saturation seats' : '–'} | ${micro.save.perSecond} | ${ms(micro.save.p50)} | ${ms(micro.save.p99)} | ${JSON.stringify(micro.save.errors)} |`,
    '',
    '## Live monitoring cost',
    '',
    `Statements per second while workers answer (mean think time 5 s), counted by the database (${micro.statements.source}) and by the app's own counter (\`ujian_db_query_duration_seconds_count\` on /metrics):`,
    '',
    '| dashboards | database statements/s | app queries/s | HTTP requests/s |',
    '|---|---|---|---|',
    `| 1 (mean of the windows before and after the 50) | ${micro.statements.oneViewerPerSecond} | ${micro.statements.appQueriesOneViewerPerSecond} | ${micro.statements.requestsOneViewerPerSecond} |`,
    `| 50 | ${micro.statements.fiftyViewersPerSecond} | ${micro.statements.appQueriesFiftyViewersPerSecond} | ${micro.statements.requestsFiftyViewersPerSecond} |`,
    '',
    `Per HTTP request served (the load's own ups and downs taken out), 50 dashboards / 1: ${micro.statements.perRequestRatio}.`,
    '',
  ];
  if (run.imported) {
    lines.push(
      '## Question import (issue 4)',
      '',
      '| questions | workbook | import (read, check every row, write in one transaction) |',
      '|---|---|---|',
      `| ${run.imported.questions} | ${(run.imported.fileBytes / 1024).toFixed(0)} KiB | ${(run.imported.importMs / 1000).toFixed(2)} s (target: well under 10 s) |`,
      '',
    );
  }
  lines.push('Details of every figure (latency summaries, error tallies, all steps) are in `bench-results.json`.', '');
  return lines.join('\n');
}
