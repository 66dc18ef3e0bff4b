import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startTempPostgres } from '../server/test/temp-postgres.js';
import { stopPostgresFor, terminateBackends } from './database-faults.js';
import { setUpExam } from './exam-setup.js';
import { startFaultProxy, type FaultRates, type ProxyFaults } from './fault-proxy.js';
import { TrafficLog } from './node-transport.js';
import { startServerProcess } from './server-process.js';
import { takeExam, type WorkerRecord } from './simulated-worker.js';
import { verifyAnswers, type Verdict } from './verify.js';

export type ChaosOptions = {
  workers: number;
  questions: number;
  /** How long workers keep answering (ms); the mid-run faults fall inside it. */
  answeringMs: number;
  /** How long PostgreSQL stays stopped (ms). */
  postgresDownMs: number;
  rates: FaultRates;
  /** Progress lines (the large run prints them; the test stays quiet). */
  say?: (line: string) => void;
};

export type ChaosResult = {
  options: Omit<ChaosOptions, 'say'>;
  verdict: Verdict;
  workers: { drained: number; notDrained: number; changes: number };
  proxyFaults: ProxyFaults;
  /** Faults done to the server and the database, by kind (counts). */
  serverFaults: { serverKilled: number; backendsTerminated: number; postgresStopped: number };
  /** HTTP status -> count, as the devices saw it; 0 = no answer (network). */
  statuses: Record<string, number>;
  outcomes: Record<string, number>;
  /** Why requests got no answer -> count. */
  failures: Record<string, number>;
  rejected: string[];
  unexpectedExits: { code: number | null; signal: string | null; atMs: number }[];
  /** Seconds from PostgreSQL accepting connections again to the next accepted save; null if none came. */
  recoverySeconds: number | null;
  /** Setup, answering + draining, total (seconds). */
  seconds: { setup: number; answering: number; total: number };
  serverLog: string;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/**
 * The whole chaos run: its own PostgreSQL cluster, the real server as a child process behind the
 * fault proxy, `workers` simulated workers answering through the browser outbox while the server
 * is SIGKILLed and restarted (at 20 % of the answering time), every database connection is
 * terminated (45 %) and PostgreSQL is stopped for `postgresDownMs` (60 %); then every outbox is
 * drained and the database compared with what the workers did.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const say = options.say ?? (() => {});
  const startedAt = Date.now();
  const postgres = await startTempPostgres();
  const serverLog = path.join(mkdtempSync(path.join(tmpdir(), 'ujian-chaos-')), 'server.log');
  const server = await startServerProcess({ databaseUrl: postgres.url, port: await freePort(), logFile: serverLog, startedAt }).catch(async (error: unknown) => {
    await postgres.destroy();
    throw error;
  });
  const proxy = await startFaultProxy(server.url, options.rates);
  try {
    say(`server ${server.url} on PostgreSQL ${postgres.url}, proxy ${proxy.url}, log ${serverLog}`);
    const takers = await setUpExam({ server: server.url, workers: proxy.url, database: postgres.url }, options);
    const setupDone = Date.now();
    say(`${takers.length} workers started their sessions in ${seconds(setupDone - startedAt)} s`);

    const log = new TrafficLog(setupDone);
    proxy.injecting = true;
    const drainTimeoutMs = Math.max(180_000, 2 * options.answeringMs);
    const answering = Promise.all(takers.map((taker) => takeExam(taker, log, { durationMs: options.answeringMs, drainTimeoutMs })));
    const serverFaults = { serverKilled: 0, backendsTerminated: 0, postgresStopped: 0 };
    const at = (share: number) => sleep(setupDone + share * options.answeringMs - Date.now());

    await at(0.2);
    say('SIGKILL the server and start it again');
    const killedAt = Date.now();
    await server.killAndRestart();
    serverFaults.serverKilled++;
    say(`the server answers again after ${seconds(Date.now() - killedAt)} s`);
    await at(0.45);
    serverFaults.backendsTerminated += await terminateBackends(postgres.url);
    say(`terminated ${serverFaults.backendsTerminated} database connections`);
    await at(0.6);
    say(`stop PostgreSQL for ${options.postgresDownMs / 1000} s`);
    const postgresBackAt = (await stopPostgresFor(postgres, options.postgresDownMs)) - setupDone;
    serverFaults.postgresStopped++;
    say('PostgreSQL is back');

    const records: WorkerRecord[] = await answering;
    const answeringDone = Date.now();
    proxy.injecting = false;
    say(`answering and draining took ${seconds(answeringDone - setupDone)} s; verifying`);
    const verdict = await verifyAnswers(postgres.url, records, log.accepted);
    const firstSaveAfter = log.accepted.find((save) => save.atMs >= postgresBackAt);
    return {
      options: { workers: options.workers, questions: options.questions, answeringMs: options.answeringMs, postgresDownMs: options.postgresDownMs, rates: options.rates },
      verdict,
      workers: {
        drained: records.filter((r) => r.drained === 'drained').length,
        notDrained: records.filter((r) => r.drained !== 'drained').length,
        changes: records.reduce((total, r) => total + r.changes, 0),
      },
      proxyFaults: { ...proxy.faults },
      serverFaults,
      statuses: Object.fromEntries([...log.statuses].sort(([a], [b]) => a - b)),
      outcomes: Object.fromEntries(log.outcomes),
      failures: Object.fromEntries(log.failures),
      rejected: log.rejected,
      unexpectedExits: [...server.unexpectedExits],
      recoverySeconds: firstSaveAfter ? seconds(firstSaveAfter.atMs - postgresBackAt) : null,
      seconds: { setup: seconds(setupDone - startedAt), answering: seconds(answeringDone - setupDone), total: seconds(Date.now() - startedAt) },
      serverLog,
    };
  } finally {
    await proxy.close();
    await server.stop();
    await postgres.destroy();
  }
}
