import { fork, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from '../server/paths.js';
import type { Csrf } from './http.js';
import type { Command, PhaseReport, Reply, WorkerSeat } from './protocol.js';
import { mergeTallies } from './stats.js';

/** Keep-alive connections each generator keeps for ordinary requests (event streams get one each besides). */
const CONNECTIONS_PER_GENERATOR = 256;

/** The reports of all generators for one phase, merged. */
export type MergedReport = PhaseReport & { durationMs: number };

function merge(reports: PhaseReport[]): MergedReport {
  const latencies: Record<string, number[]> = {};
  for (const r of reports) for (const [kind, values] of Object.entries(r.latencies)) (latencies[kind] ??= []).push(...values);
  const firstSentAt = Math.min(...reports.map((r) => r.firstSentAt));
  const lastDoneAt = Math.max(...reports.map((r) => r.lastDoneAt));
  return {
    latencies,
    errors: mergeTallies(reports.map((r) => r.errors)),
    firstSentAt,
    lastDoneAt,
    durationMs: lastDoneAt - firstSentAt,
    streamsDropped: reports.reduce((n, r) => n + r.streamsDropped, 0),
  };
}

/**
 * Load-generator child processes (bench/generator.ts), each simulating its share of the workers
 * over its own keep-alive pools; `phase` runs one command on all of them at once and merges
 * their reports.
 */
export class Generators {
  private constructor(private readonly children: ChildProcess[]) {}

  static async spawn(count: number, url: string, csrf: Csrf, seats: WorkerSeat[]): Promise<Generators> {
    const children = Array.from({ length: count }, () =>
      fork('bench/generator.ts', [], { cwd: PROJECT_ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    const generators = new Generators(children);
    const share = Math.ceil(seats.length / count);
    await Promise.all(
      children.map((child, i) => generators.send(child, { type: 'init', url, csrf, seats: seats.slice(i * share, (i + 1) * share), connections: CONNECTIONS_PER_GENERATOR })),
    );
    return generators;
  }

  private send(child: ChildProcess, command: Command): Promise<PhaseReport> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`a load generator exited (${code}) during ${command.type}`));
      child.once('exit', onExit);
      child.once('message', (reply: Reply) => {
        child.off('exit', onExit);
        if (reply.type === 'done') resolve(reply.report);
        else reject(new Error(`load generator failed in ${command.type}: ${reply.message}`));
      });
      child.send(command);
    });
  }

  /** Runs `command` on every generator at once -> their merged report. */
  async phase(command: Command): Promise<MergedReport> {
    return merge(await Promise.all(this.children.map((child) => this.send(child, command))));
  }

  /** Splits a saturation of `inFlight` requests over the generators. */
  async saturate(route: 'bare' | 'save', inFlight: number, durationMs: number): Promise<MergedReport> {
    const per = Math.ceil(inFlight / this.children.length);
    return merge(await Promise.all(this.children.map((child) => this.send(child, { type: 'saturate', route, inFlight: per, durationMs }))));
  }

  async stop() {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.send({ type: 'exit' } satisfies Command);
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
  }
}
