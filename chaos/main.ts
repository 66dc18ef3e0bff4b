// `npm run chaos`: the large chaos autosave run; writes RELIABILITY.md and exits 1 if anything was lost.
// CHAOS_WORKERS, CHAOS_QUESTIONS, CHAOS_ANSWERING_SECONDS override the size (for a quicker look).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/paths.js';
import { problemsOf } from './problems.js';
import { reliabilityReport } from './report.js';
import { runChaos } from './run-chaos.js';
import { LARGE_RUN } from './settings.js';

const FUZZ_FILE = 'server/http/fuzz.int.test.ts';
// Four times the cases of `npm test`; each route's test keeps vitest's 60 s timeout, so not many more.
const FUZZ_RUNS = '100';

/** The HTTP fuzz tests with many more cases (once, on PostgreSQL), if they exist in this checkout. */
function runFuzz(): { ok: boolean; summary: string } {
  if (!existsSync(path.join(PROJECT_ROOT, FUZZ_FILE))) return { ok: true, summary: `Not run: ${FUZZ_FILE} does not exist.` };
  const started = Date.now();
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'postgres', FUZZ_FILE], { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS } });
  const verdict = run.status === 0 ? 'passed' : 'FAILED';
  return { ok: run.status === 0, summary: `\`${FUZZ_FILE}\` with FUZZ_RUNS=${FUZZ_RUNS} on PostgreSQL: ${verdict} in ${Math.round((Date.now() - started) / 1000)} s.` };
}

const size = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const options = {
  ...LARGE_RUN,
  workers: size('CHAOS_WORKERS', LARGE_RUN.workers),
  questions: size('CHAOS_QUESTIONS', LARGE_RUN.questions),
  answeringMs: size('CHAOS_ANSWERING_SECONDS', LARGE_RUN.answeringMs / 1000) * 1000,
  say: (line: string) => console.log(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}`),
};
const result = await runChaos(options);
const problems = problemsOf(result);
console.log(problems.length ? `\nFAILED:\n- ${problems.join('\n- ')}` : '\nNo answer lost.');
const writeReport = (fuzzSummary: string) => writeFileSync(path.join(PROJECT_ROOT, 'RELIABILITY.md'), reliabilityReport(result, fuzzSummary));
writeReport('Still running (the chaos part above is final).');
const fuzz = runFuzz();
writeReport(fuzz.summary);
console.log(`RELIABILITY.md written. ${fuzz.summary}`);
process.exit(problems.length || !fuzz.ok ? 1 : 0);
