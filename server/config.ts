import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_DB_TIMEOUTS, type DbTimeouts } from './db/timeouts.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** A PostgreSQL timeout in ms: 100 ms to 10 minutes. */
const dbTimeout = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  COOKIE_SECURE: booleanFlag.default(false),
  TRUST_PROXY: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  DEMO: booleanFlag.default(false),
  SAVE_GRACE_SECONDS: z.coerce.number().int().min(0).max(120).default(5),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: dbTimeout(DEFAULT_DB_TIMEOUTS.statementMs),
  DB_LOCK_TIMEOUT_MS: dbTimeout(DEFAULT_DB_TIMEOUTS.lockMs),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: dbTimeout(DEFAULT_DB_TIMEOUTS.idleInTransactionMs),
  DB_CONNECT_TIMEOUT_MS: dbTimeout(DEFAULT_DB_TIMEOUTS.connectMs),
  METRICS_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces (it is sent in an Authorization header)')
    .optional(),
  STREAMS_PER_LOGIN_SESSION: z.coerce.number().int().min(1).max(1000).default(6),
  STREAMS_PER_USER: z.coerce.number().int().min(1).max(10_000).default(20),
  STREAMS_MAX_TOTAL: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
  STREAM_KEEPALIVE_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1_200),
  // At most 2 (and one core left free): libuv's 4 threads also serve file reads (the JS bundle).
  PASSWORD_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(Math.max(1, Math.min(2, availableParallelism() - 1))),
  PASSWORD_MAX_WAITING_LOGINS: z.coerce.number().int().min(1).max(1_000_000).default(1_000),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** On PostgreSQL with the timeouts that turn a slow or frozen database into 503s (the embedded one has no network). */
  database: { kind: 'postgres'; url: string; timeouts: DbTimeouts } | { kind: 'pglite'; dataDir: string };
  dataDir: string;
  sessionSecret: string;
  sessionIdleMs: number;
  sessionMaxMs: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: string;
  loginThrottle: { maxFailures: number; windowMs: number };
  /** Seed demo accounts: always on a fresh embedded database, on PostgreSQL only when asked. */
  demoRequested: boolean;
  /** Answers arriving this long after the deadline still count: network latency, not extra time. */
  saveGraceMs: number;
  /** How often each instance looks for sessions whose time is over. */
  sweepIntervalMs: number;
  /** When set, `GET /metrics` needs `Authorization: Bearer <token>`; null: open (a trusted network). */
  metricsToken: string | null;
  /** Event streams per login session and per instance; keep-alive (and re-check) period. */
  streams: { perLoginSession: number; perUser: number; total: number; keepAliveMs: number };
  /** /api requests per minute: per IP before login, per user after. */
  rateLimit: { anonymousPerMinute: number; userPerMinute: number };
  /** Password hashes/verifications running at once; logins allowed to wait for one (beyond: 503 busy). */
  passwords: { concurrency: number; maxWaitingLogins: number };
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the environment. A wrong value stops the start with a sentence naming the
 * variable, e.g. `PORT must be a number between 0 and 65535 (got "abc")`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const got = env[name] === undefined ? '' : ` (got ${JSON.stringify(env[name])})`;
      return `${name}: ${issue.message}${got}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const demoRequested = e.DEMO || argv.includes('--demo');
  if (demoRequested && e.NODE_ENV === 'production') {
    throw new ConfigError('DEMO: demo data is never seeded when NODE_ENV=production');
  }
  let sessionSecret = e.SESSION_SECRET;
  if (!sessionSecret) {
    if (e.DATABASE_URL) {
      throw new ConfigError('SESSION_SECRET: required when DATABASE_URL is set (at least 32 characters)');
    }
    sessionSecret = embeddedSessionSecret(dataDir);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? {
          kind: 'postgres',
          url: e.DATABASE_URL,
          timeouts: {
            statementMs: e.DB_STATEMENT_TIMEOUT_MS,
            lockMs: e.DB_LOCK_TIMEOUT_MS,
            idleInTransactionMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
            connectMs: e.DB_CONNECT_TIMEOUT_MS,
          },
        }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    sessionSecret,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    loginThrottle: { maxFailures: e.LOGIN_MAX_FAILURES, windowMs: e.LOGIN_WINDOW_MINUTES * 60_000 },
    demoRequested,
    saveGraceMs: e.SAVE_GRACE_SECONDS * 1000,
    sweepIntervalMs: e.SWEEP_INTERVAL_MS,
    metricsToken: e.METRICS_TOKEN ?? null,
    streams: { perLoginSession: e.STREAMS_PER_LOGIN_SESSION, perUser: e.STREAMS_PER_USER, total: e.STREAMS_MAX_TOTAL, keepAliveMs: e.STREAM_KEEPALIVE_SECONDS * 1000 },
    rateLimit: { anonymousPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE, userPerMinute: e.RATE_LIMIT_USER_PER_MINUTE },
    passwords: { concurrency: e.PASSWORD_CONCURRENCY, maxWaitingLogins: e.PASSWORD_MAX_WAITING_LOGINS },
  };
}

/** In embedded mode the secret is generated once and kept beside the data, so logins survive restarts. */
function embeddedSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
