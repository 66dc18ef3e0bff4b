// The load steps: `n` workers on one server, through the start storm, answering with think times,
// page changes, heartbeats and open event streams while HC dashboards watch, then submitting.
import { setTimeout as sleep } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseTarget, type Db } from '../server/db/database.js';
import { runMigrations } from '../server/db/migrate.js';
import type { Pool } from 'undici';
import type { ExamFixture } from '../server/test/exam-fixtures.js';
import { fetchCsrf, openPools, openStream, type Csrf } from './http.js';
import { Generators, type MergedReport } from './load.js';
import type { Behaviour } from './protocol.js';
import { closeNoticeMs, openDashboard, saveToDashboardMs, startProbe, type Dashboard, type ProbeSeat } from './probes.js';
import { seedAccounts, seedExam, type BenchAccounts } from './seed.js';
import { BENCH_SESSION_SECRET, readMetrics, startBenchServer, type BenchServer, type ServerTarget } from './server-process.js';
import { addTo, mergeTallies, summarize, type Summary, type Tally } from './stats.js';
import { missedTargets } from './targets.js';

export type StepSettings = {
  runMs: number;
  submitSpreadMs: number;
  behaviour: Behaviour;
  /** HC dashboards open on the exam room during the run (one of them measures). */
  viewers: number;
  /** Probe workers whose session HC closes during the run, one after another. */
  closeProbes: number;
  /** Probe workers whose saves are timed to the dashboard. */
  dashboardProbes: number;
};

export type StepResult = {
  engine: 'postgres' | 'pglite';
  workers: number;
  startStorm: Summary & { durationMs: number };
  streamOpen: Summary;
  save: Summary;
  heartbeat: Summary;
  position: Summary;
  submit: Summary;
  /** Saves per second over the run (the load's own, probes not counted). */
  savesPerSecond: number;
  closeNotice: Summary;
  dashboard: Summary;
  /** Non-2xx answers, network errors, dropped streams and failed probes, by kind. */
  errors: Tally;
  /** Server memory after the run (MB, resident set). */
  serverRssMb: number;
  /** The server process's CPU time over the answering phase, in percent of one core. */
  serverCpuPercent: number;
  /** The machine's 1-minute load average at the end of the answering phase (2 cores: above 2, work waited for a core). */
  loadAverage: number;
  /** Targets missed, in words; empty when the step meets them all. */
  failed: string[];
};

const generatorsFor = (workers: number) => Math.min(4, Math.max(2, Math.ceil(workers / 2500)));

/** Runs the probes until `until` (epoch ms): dashboard saves every ~0.7 s, one HC close every ~1.5 s. */
async function probe(pool: Pool, csrf: Csrf, until: number, seats: { dashboard: ProbeSeat[]; close: { cookie: string; sessionId: string }[] }, dashboard: Dashboard, hcCookie: string) {
  const dashboardMs: number[] = [];
  const closeMs: number[] = [];
  const errors: Tally = {};
  const answered = new Map<string, number>();
  const dashboardLoop = async () => {
    for (let i = 0; Date.now() < until; i++) {
      const seat = seats.dashboard[i % seats.dashboard.length]!;
      const done = answered.get(seat.sessionId) ?? 0;
      if (done >= seat.questions.length) break;
      answered.set(seat.sessionId, done + 1);
      await saveToDashboardMs(pool, csrf, dashboard, seat, done).then((ms) => dashboardMs.push(ms), (e: Error) => addTo(errors, `dashboard probe: ${e.message}`));
      await sleep(700);
    }
  };
  const closeLoop = async () => {
    for (const seat of seats.close) {
      if (Date.now() >= until) break;
      await closeNoticeMs(pool, csrf, hcCookie, seat).then((ms) => closeMs.push(ms), (e: Error) => addTo(errors, `close probe: ${e.message}`));
      await sleep(1_500);
    }
  };
  await Promise.all([dashboardLoop(), closeLoop()]);
  return { dashboardMs, closeMs, errors };
}

/**
 * Runs `fn` on the server's database, migrated, while the server is stopped (PGlite's directory
 * has one user at a time): the server's own layout, `<DATA_DIR>/pglite`.
 */
export async function withDatabase<T>(target: ServerTarget, fn: (db: Db) => Promise<T>): Promise<T> {
  const dbTarget: DatabaseTarget = target.kind === 'postgres' ? target : { kind: 'pglite', dataDir: path.join(target.dataDir, 'pglite') };
  const database = await openDatabase(dbTarget);
  try {
    await runMigrations(database);
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

/**
 * One step: `workers` workers of `accounts` take the exam `fixture` (seeded for this step, one
 * session per worker and probe) on the running server `app` -> the step's figures.
 */
async function runStep(
  app: BenchServer,
  engine: ServerTarget['kind'],
  accounts: BenchAccounts,
  fixture: ExamFixture,
  workers: number,
  settings: StepSettings,
  say: (line: string) => void,
): Promise<StepResult> {
  const load = accounts.workers.slice(0, workers);
  const probes = accounts.probes.slice(0, settings.closeProbes + settings.dashboardProbes);
  const seatOf = (a: { username: string; cookie: string }) => ({ cookie: a.cookie, sessionId: fixture.sessions[a.username]! });
  const pools = openPools(app.url, 16);
  const generators = await Generators.spawn(generatorsFor(workers), app.url, await fetchCsrf(app.url), load.map(seatOf));
  try {
    // HC watches the room from before the storm, as on an exam day; the probe workers are in first.
    const csrf = await fetchCsrf(app.url);
    const dashboardSeats = await Promise.all(probes.slice(0, settings.dashboardProbes).map((p) => startProbe(pools.requests, csrf, seatOf(p))));
    const closeSeats = await Promise.all(probes.slice(settings.dashboardProbes).map((p) => startProbe(pools.requests, csrf, seatOf(p))));
    const [hc, ...watchers] = accounts.hcs.slice(0, settings.viewers);
    const dashboard = await openDashboard(pools.streams, fixture.assessmentId, hc!.cookie);
    const drains = await Promise.all(watchers.map((w) => openStream(pools.streams, `/api/assessments/${fixture.assessmentId}/monitor/events`, w.cookie)));
    say(`${engine} ${workers} workers: start storm`);
    const storm = await generators.phase({ type: 'start' });
    const streams = await generators.phase({ type: 'streams' });
    say(`${engine} ${workers} workers: answering for ${settings.runMs / 1000} s`);
    const until = Date.now() + settings.runMs;
    const cpuBefore = (await readMetrics(app.url)).get('process_cpu_seconds_total') ?? NaN;
    const [run, probed] = await Promise.all([
      generators.phase({ type: 'run', durationMs: settings.runMs, behaviour: settings.behaviour }),
      probe(pools.requests, csrf, until, { dashboard: dashboardSeats, close: closeSeats }, dashboard, hc!.cookie),
    ]);
    const afterRun = await readMetrics(app.url);
    const rss = afterRun.get('process_resident_memory_bytes') ?? NaN;
    const serverCpuPercent = Math.round((((afterRun.get('process_cpu_seconds_total') ?? NaN) - cpuBefore) / (settings.runMs / 1000)) * 100);
    const loadAverage = Math.round(os.loadavg()[0]! * 10) / 10;
    say(`${engine} ${workers} workers: submitting`);
    const submitted = await generators.phase({ type: 'submit', spreadMs: settings.submitSpreadMs });
    await generators.phase({ type: 'closeStreams' });
    dashboard.stream.close();
    drains.forEach((d) => d.close());
    const viewerErrors: Tally = {};
    for (const d of drains) if (d.status !== 200) addTo(viewerErrors, `dashboard stream ${d.status}`);
    const dropped: Tally = run.streamsDropped ? { 'event streams dropped': run.streamsDropped } : {};
    const latencies = (r: MergedReport, kind: string) => summarize(r.latencies[kind] ?? []);
    const result: Omit<StepResult, 'failed'> = {
      engine,
      workers,
      startStorm: { ...latencies(storm, 'start'), durationMs: storm.durationMs },
      streamOpen: latencies(streams, 'stream'),
      save: latencies(run, 'save'),
      heartbeat: latencies(run, 'heartbeat'),
      position: latencies(run, 'position'),
      submit: latencies(submitted, 'submit'),
      savesPerSecond: Math.round((run.latencies.save?.length ?? 0) / (settings.runMs / 1000)),
      closeNotice: summarize(probed.closeMs),
      dashboard: summarize(probed.dashboardMs),
      errors: mergeTallies([storm.errors, streams.errors, run.errors, submitted.errors, probed.errors, viewerErrors, dropped]),
      serverRssMb: Math.round(rss / 1024 / 1024),
      serverCpuPercent,
      loadAverage,
    };
    return { ...result, failed: missedTargets(result) };
  } finally {
    await generators.stop();
    await Promise.all([pools.requests.destroy(), pools.streams.destroy()]).catch(() => {});
  }
}

/**
 * Seeds the accounts and one exam per possible step, starts one server, then steps up `ladder`
 * until a step misses a target; when the first step already misses, steps down `fallback` until
 * one meets them all (so that the largest count meeting the targets is still found).
 */
export async function climb(
  target: ServerTarget,
  ladder: number[],
  fallback: number[],
  settings: StepSettings,
  server: { port: number; logFile: string },
  say: (line: string) => void,
): Promise<StepResult[]> {
  const counts = [...ladder, ...fallback];
  const probes = settings.closeProbes + settings.dashboardProbes;
  const { accounts, exams } = await withDatabase(target, async (db) => {
    const accounts = await seedAccounts(db, BENCH_SESSION_SECRET, { workers: Math.max(...counts), probes, hcs: settings.viewers });
    const exams = new Map<number, ExamFixture>();
    for (const n of counts) exams.set(n, await seedExam(db, [...accounts.workers.slice(0, n), ...accounts.probes].map((a) => a.username)));
    return { accounts, exams };
  });
  const app = await startBenchServer(target, server.port, server.logFile);
  const results: StepResult[] = [];
  const step = async (workers: number) => {
    const result = await runStep(app, target.kind, accounts, exams.get(workers)!, workers, settings, say);
    results.push(result);
    say(`${target.kind} ${workers} workers: save p99 ${result.save.p99} ms, ${result.failed.length ? `missed: ${result.failed.join('; ')}` : 'all targets met'}`);
    return result.failed.length === 0;
  };
  try {
    for (const workers of ladder) if (!(await step(workers))) break;
    if (results.length === 1 && results[0]!.failed.length) for (const workers of fallback) if (await step(workers)) break;
  } finally {
    await app.stop();
  }
  return results;
}
