// `npm test`: type checks, lint, unit + integration tests on PGlite AND PostgreSQL, then the
// browser tests in Debian's Chromium. Ends with one "N passed, N failed" line for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ci = Boolean(process.env.CI);
const results = path.join(root, 'test-results');
mkdirSync(results, { recursive: true });

const run = (cmd, args, env = {}) => {
  const started = Date.now();
  const ok = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
  console.log(`\n[${cmd} ${args.slice(0, 2).join(' ')}: ${((Date.now() - started) / 1000).toFixed(0)} s]`);
  return ok;
};
const tally = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function step(name, succeeded) {
  if (!succeeded) {
    console.error(`\n✗ ${name} failed`);
    ok = false;
  }
}

function postgresAnswers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(2000);
    socket.on('connect', () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => (socket.destroy(), resolve(false)));
  });
}

step('typecheck', run('npm', ['run', '--silent', 'typecheck']));
step('lint', run('npm', ['run', '--silent', 'lint']));

const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const projects = ['unit', 'pglite'];
if (await postgresAnswers(pgUrl)) projects.push('postgres');
else if (ci) step(`PostgreSQL at ${pgUrl} (required in CI)`, false);
else console.warn(`\n! PostgreSQL at ${pgUrl} does not answer: integration tests run on PGlite only.\n`);

const vitestJson = path.join(results, 'vitest.json');
step(
  'vitest',
  run('npx', ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]),
);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
}

if (existsSync('/usr/bin/chromium')) {
  step('build', run('npm', ['run', '--silent', 'build']));
  const playwrightJson = path.join(results, 'playwright.json');
  step('playwright', run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson }));
  if (existsSync(playwrightJson)) {
    const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
    tally.passed += stats.expected + stats.flaky;
    tally.failed += stats.unexpected;
    tally.skipped += stats.skipped;
  }
} else if (ci) {
  step('Chromium at /usr/bin/chromium (required in CI)', false);
} else {
  console.warn('\n! /usr/bin/chromium is missing: browser tests skipped (apt-get install -y chromium).\n');
}

if (!ok && tally.failed === 0) tally.failed = 1; // a failed step without a failed test still fails the run
console.log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(ok ? 0 : 1);
