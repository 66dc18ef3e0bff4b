// The measurements beside the load steps, on one PostgreSQL server: logins, bare route vs save
// throughput, database statements with 1 and 50 dashboards, snapshot scale, memory per stream.
import { setTimeout as sleep } from 'node:timers/promises';
import { withDatabase } from './capacity.js';
import { call, fetchCsrf, openPools, openStream, type StreamHandle } from './http.js';
import { Generators } from './load.js';
import { statementsSoFar } from './postgres-cluster.js';
import { BENCH_PASSWORD, seedExam, type BenchAccounts } from './seed.js';
import { readMetrics, startBenchServer } from './server-process.js';
import { addTo, percentile, summarize, totalOf, type Tally } from './stats.js';

export type MicroSizes = { logins: number; saturateMs: number; seats: number; viewerWindowMs: number; memoryStreams: number };

/** Sessions in the small and the large room of the snapshot scale measurement. */
export const SNAPSHOT_ROOMS = { small: 20, large: 2_000 };

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Runs them in order on a fresh server over database `pg.url` (whose `statementStats` says whether
 * pg_stat_statements counts there) -> the figures and the detail behind them.
 */
export async function runMicro(pg: { url: string; statementStats: boolean }, accounts: BenchAccounts, sizes: MicroSizes, server: { port: number; logFile: string }, say: (line: string) => void) {
  const target = { kind: 'postgres', url: pg.url } as const;
  const names = (n: number) => accounts.workers.slice(0, n).map((a) => a.username);
  const exams = await withDatabase(target, async (db) => ({
    load: await seedExam(db, names(sizes.seats)),
    small: await seedExam(db, names(SNAPSHOT_ROOMS.small)),
    large: await seedExam(db, names(SNAPSHOT_ROOMS.large)),
  }));
  const app = await startBenchServer(target, server.port, server.logFile);
  const pools = openPools(app.url, 16);
  const csrf = await fetchCsrf(app.url);
  const hc = accounts.hcs[0]!;
  const seats = (exam: typeof exams.load, n: number) => accounts.workers.slice(0, n).map((a) => ({ cookie: a.cookie, sessionId: exam.sessions[a.username]! }));
  try {
    say(`logins: ${sizes.logins}, 8 at a time`);
    const loginStatuses: Tally = {};
    let nextLogin = 0;
    const loginsStarted = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (nextLogin < sizes.logins) {
          const username = accounts.workers[nextLogin++]!.username;
          const outcome = await call(pools.requests, 'POST', '/api/auth/login', '', csrf, { username, password: BENCH_PASSWORD });
          addTo(loginStatuses, String(outcome.status));
        }
      }),
    );
    const loginsPerSecond = Math.round((sizes.logins / ((performance.now() - loginsStarted) / 1000)) * 10) / 10;

    say(`monitor snapshot: ${SNAPSHOT_ROOMS.small} vs ${SNAPSHOT_ROOMS.large} sessions`);
    // Alternating between the rooms, so that the machine's ups and downs fall on both alike.
    const snapshotTimes = { small: [] as number[], large: [] as number[] };
    for (let i = 0; i < 43; i++) {
      for (const room of ['small', 'large'] as const) {
        const outcome = await call(pools.requests, 'GET', `/api/assessments/${exams[room].assessmentId}/monitor`, hc.cookie);
        if (outcome.status !== 200) throw new Error(`monitor snapshot: ${outcome.status}`);
        // The first requests load the room from the database; the rest are what every later viewer gets.
        if (i >= 3) snapshotTimes[room].push(outcome.ms);
      }
    }
    const smallMs = percentile(snapshotTimes.small, 0.5);
    const largeMs = percentile(snapshotTimes.large, 0.5);

    say(`memory: ${sizes.memoryStreams} open event streams`);
    const memoryGenerators = await Generators.spawn(2, app.url, csrf, seats(exams.large, sizes.memoryStreams));
    const before = await readMetrics(app.url);
    const opened = await memoryGenerators.phase({ type: 'streams' });
    await sleep(2_000);
    const after = await readMetrics(app.url);
    await memoryGenerators.phase({ type: 'closeStreams' });
    await memoryGenerators.stop();
    const per1000 = (name: string) => mb((((after.get(name) ?? NaN) - (before.get(name) ?? NaN)) / sizes.memoryStreams) * 1000);

    say(`bare route vs save, 64 in flight, ${sizes.saturateMs / 1000} s each`);
    const generators = await Generators.spawn(2, app.url, csrf, seats(exams.load, sizes.seats));
    try {
      // Setup, not a measurement: starts refused in the storm (503 when the pool is exhausted) are repeated; start is idempotent.
      for (let attempt = 1; ; attempt++) {
        const started = await generators.phase({ type: 'start' });
        if (!totalOf(started.errors)) break;
        if (attempt === 5) throw new Error(`starting the saturation sessions: ${JSON.stringify(started.errors)}`);
      }
      const bare = await generators.saturate('bare', 64, sizes.saturateMs);
      const save = await generators.saturate('save', 64, sizes.saturateMs);
      const rate = (n: number) => Math.round(n / (sizes.saturateMs / 1000));
      const bareRate = rate(bare.latencies.bare?.length ?? 0);
      const saveRate = rate(save.latencies.saturate?.length ?? 0);

      say(`database statements: 1 dashboard, 50, then 1 again, ${sizes.viewerWindowMs / 1000} s each`);
      const settleMs = sizes.viewerWindowMs > 5_000 ? 2_000 : 1_000;
      const running = generators.phase({ type: 'run', durationMs: 3 * (sizes.viewerWindowMs + settleMs) + 1_000, behaviour: { answerMeanMs: 5_000, heartbeatMs: 30_000 } });
      const viewers: StreamHandle[] = [];
      /** Database statements, app queries and HTTP requests served per second over one window. */
      const window = async () => {
        const count = async () => {
          const metrics = await readMetrics(app.url);
          return {
            database: await statementsSoFar(pg.url, pg.statementStats),
            app: metrics.get('ujian_db_query_duration_seconds_count') ?? NaN,
            requests: metrics.get('ujian_http_request_duration_seconds_count') ?? NaN,
          };
        };
        await sleep(settleMs);
        const before = await count();
        await sleep(sizes.viewerWindowMs);
        const after = await count();
        const perSecond = (key: keyof typeof before) => Math.round((after[key] - before[key]) / (sizes.viewerWindowMs / 1000));
        return { database: perSecond('database'), app: perSecond('app'), requests: perSecond('requests') };
      };
      const openViewers = async (from: number, to: number) => {
        for (const h of accounts.hcs.slice(from, to)) viewers.push(await openStream(pools.streams, `/api/assessments/${exams.load.assessmentId}/monitor/events`, h.cookie));
      };
      // 1, 50, then 1 again: compared with the mean of the single-viewer windows, a drift of the load cancels out.
      await openViewers(0, 1);
      const before = await window();
      await openViewers(1, 50);
      const fifty = await window();
      const viewerFailures = viewers.filter((v) => v.status !== 200).length;
      for (const v of viewers.splice(1)) v.close();
      const after = await window();
      viewers[0]?.close();
      const mean = (key: keyof typeof before) => Math.round((before[key] + after[key]) / 2);
      const one = { database: mean('database'), app: mean('app'), requests: mean('requests') };
      const ran = await running;

      return {
        loginsPerSecond,
        logins: { count: sizes.logins, statuses: loginStatuses },
        bare: { perSecond: bareRate, ...summarize(bare.latencies.bare ?? []), errors: bare.errors },
        save: { perSecond: saveRate, ...summarize(save.latencies.saturate ?? []), errors: save.errors },
        saveToBareRatio: Math.round((saveRate / bareRate) * 1000) / 1000,
        statements: {
          source: pg.statementStats ? 'pg_stat_statements' : 'pg_stat_database transactions',
          oneViewerPerSecond: one.database,
          fiftyViewersPerSecond: fifty.database,
          appQueriesOneViewerPerSecond: one.app,
          appQueriesFiftyViewersPerSecond: fifty.app,
          ratio: Math.round((fifty.database / one.database) * 1000) / 1000,
          requestsOneViewerPerSecond: one.requests,
          requestsFiftyViewersPerSecond: fifty.requests,
          /** The same ratio per HTTP request served: the load's own ups and downs taken out. */
          perRequestRatio: Math.round((fifty.database / fifty.requests / (one.database / one.requests)) * 1000) / 1000,
          viewerFailures,
          loadErrors: ran.errors,
        },
        snapshot: { smallSessions: SNAPSHOT_ROOMS.small, largeSessions: SNAPSHOT_ROOMS.large, smallMs: Math.round(smallMs * 10) / 10, largeMs: Math.round(largeMs * 10) / 10, ratio: Math.round((largeMs / smallMs) * 10) / 10 },
        memory: {
          streams: sizes.memoryStreams,
          opened: opened.latencies.stream?.length ?? 0,
          openErrors: opened.errors,
          rssPer1000Mb: per1000('process_resident_memory_bytes'),
          heapPer1000Mb: per1000('nodejs_heap_size_used_bytes'),
        },
      };
    } finally {
      await generators.stop();
    }
  } finally {
    await Promise.all([pools.requests.destroy(), pools.streams.destroy()]).catch(() => {});
    await app.stop();
  }
}
export type MicroResult = Awaited<ReturnType<typeof runMicro>>;
