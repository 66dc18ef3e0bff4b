import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { PROJECT_ROOT } from '../server/paths.js';

export type ServerProcess = {
  url: string;
  /** Times the server process ended without being told to (a crash). */
  readonly unexpectedExits: { code: number | null; signal: string | null; atMs: number }[];
  /** SIGKILL, then start again; resolves once /healthz answers. */
  killAndRestart(): Promise<void>;
  stop(): Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The real server (`server/main.ts` through tsx) as a child process on `port`, logging to
 * `logFile`. It is supervised like a service manager would: a crash is recorded and the server
 * started again, so the run goes on and the crash shows in the report.
 */
export async function startServerProcess(options: { databaseUrl: string; port: number; logFile: string; startedAt: number }): Promise<ServerProcess> {
  const url = `http://127.0.0.1:${options.port}`;
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const unexpectedExits: ServerProcess['unexpectedExits'] = [];
  let child: ChildProcess | null = null;
  let stopping = false;

  const launch = () => {
    const started = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        SESSION_SECRET: 'chaos-run-secret-chaos-run-secret-chaos-run',
        PORT: String(options.port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.stdout?.pipe(log, { end: false });
    started.stderr?.pipe(log, { end: false });
    started.once('exit', (code, signal) => {
      if (child !== started || stopping) return;
      unexpectedExits.push({ code, signal, atMs: Date.now() - options.startedAt });
      log.write(`\n[chaos] server exited on its own (code ${code}, signal ${signal}); starting it again\n`);
      setTimeout(() => {
        if (child === started && !stopping) launch();
      }, 500);
    });
    child = started;
  };

  const healthy = async (timeoutMs = 180_000) => {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.ok, () => false)) return;
      await sleep(200);
    }
    throw new Error(`the server on ${url} did not answer /healthz within ${timeoutMs / 1000} s (log: ${options.logFile})`);
  };

  const exited = (process: ChildProcess) => new Promise<void>((resolve) => (process.exitCode !== null || process.signalCode !== null ? resolve() : process.once('exit', () => resolve())));

  launch();
  await healthy();
  return {
    url,
    unexpectedExits,
    async killAndRestart() {
      const victim = child!;
      child = null;
      victim.kill('SIGKILL');
      await exited(victim);
      launch();
      await healthy();
    },
    async stop() {
      stopping = true;
      const last = child;
      if (!last) return;
      last.kill('SIGTERM');
      await Promise.race([exited(last), sleep(10_000).then(() => last.kill('SIGKILL'))]);
      log.end();
    },
  };
}
