import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'ujian-config-'));

describe('loadConfig', () => {
  it('defaults to the embedded database in DATA_DIR and keeps a generated session secret there', () => {
    const dir = tmp();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
    expect(readFileSync(path.join(dir, 'session-secret'), 'utf8')).toBe(config.sessionSecret);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it('stops with a sentence naming the wrong variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DATA_DIR: tmp() })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc', DATA_DIR: tmp() })).toThrow(/PORT: .*\(got "abc"\)/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', SESSION_SECRET: 'x'.repeat(40) })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ COOKIE_SECURE: 'yes', DATA_DIR: tmp() })).toThrow(/COOKIE_SECURE/);
  });

  it('requires SESSION_SECRET with PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/ujian' })).toThrow(/SESSION_SECRET: required/);
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/ujian', SESSION_SECRET: 's'.repeat(32) }).database.kind).toBe('postgres');
  });

  it('gives PostgreSQL statement, lock, idle-in-transaction and connect timeouts, from the environment or by default', () => {
    const postgres = { DATABASE_URL: 'postgres://localhost/ujian', SESSION_SECRET: 's'.repeat(32) };
    expect(loadConfig(postgres).database).toMatchObject({ timeouts: { statementMs: 10_000, lockMs: 5_000, idleInTransactionMs: 15_000, connectMs: 5_000 } });
    const tuned = loadConfig({ ...postgres, DB_STATEMENT_TIMEOUT_MS: '2000', DB_LOCK_TIMEOUT_MS: '500', DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '3000', DB_CONNECT_TIMEOUT_MS: '1000' });
    expect(tuned.database).toMatchObject({ timeouts: { statementMs: 2_000, lockMs: 500, idleInTransactionMs: 3_000, connectMs: 1_000 } });
    expect(() => loadConfig({ ...postgres, DB_STATEMENT_TIMEOUT_MS: '0' })).toThrow(/DB_STATEMENT_TIMEOUT_MS: .*\(got "0"\)/);
    expect(() => loadConfig({ ...postgres, DB_CONNECT_TIMEOUT_MS: 'soon' })).toThrow(/DB_CONNECT_TIMEOUT_MS/);
  });

  it('takes an optional METRICS_TOKEN of at least 16 printable characters', () => {
    expect(loadConfig({ DATA_DIR: tmp() }).metricsToken).toBeNull();
    expect(loadConfig({ DATA_DIR: tmp(), METRICS_TOKEN: 'm'.repeat(16) }).metricsToken).toBe('m'.repeat(16));
    expect(() => loadConfig({ DATA_DIR: tmp(), METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16/);
    expect(() => loadConfig({ DATA_DIR: tmp(), METRICS_TOKEN: 'has a space in it!!' })).toThrow(/METRICS_TOKEN: must be printable/);
  });

  it('never seeds demo data in production', () => {
    expect(loadConfig({ DATA_DIR: tmp() }, ['--demo']).demoRequested).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: tmp() }, ['--demo'])).toThrow(/never seeded/);
  });
});
