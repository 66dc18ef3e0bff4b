// `npx tsx bench/login-storm.ts`: how much a login storm or a bulk user import slows the exam's
// autosave, a file read (what serving the JS bundle waits for) and a login, with password work
// unbounded (as before issue 9) and through the bounded queue (the configured default). Prints
// p50/p99 in ms. TEST_DB=postgres runs it on PostgreSQL (127.0.0.1:5432) instead of PGlite.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { users } from '../server/db/schema.js';
import { hashPassword, passwordQueue } from '../server/domain/accounts/passwords.js';
import { PROJECT_ROOT } from '../server/paths.js';
import { createExamFixture } from '../server/test/exam-fixtures.js';
import { createTestServer } from '../server/test/test-server.js';

const STORM = 200;
const IMPORTED = 1_000;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? NaN;
const summary = (xs: number[]) =>
  `p50 ${percentile(xs, 0.5).toFixed(0)} ms, p99 ${percentile(xs, 0.99).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (n=${xs.length})`;

const t = await createTestServer({ env: { LOGIN_MAX_FAILURES: '1000' } });
const bounded = passwordQueue.limits;
try {
  const password = 'storm-password-1234';
  const passwordHash = await hashPassword(password);
  await t.database.db
    .insert(users)
    .values(Array.from({ length: STORM }, (_, i) => ({ username: `storm${i}`, passwordHash, name: `Storm ${i}`, role: 'coachee' as const })));
  const fixture = await createExamFixture(t.database.db, { workers: ['worker1'], questionCount: 50 });
  const worker = await t.loginAs('worker1');
  const sessionId = fixture.sessions.worker1!;
  await worker.post(`/api/sessions/${sessionId}/start`);
  const bundle = path.join(PROJECT_ROOT, 'package-lock.json');
  let seq = 0;

  /** Saves answers and reads a file one after the other until `during` settles; their latencies. */
  async function probe(during: Promise<unknown>) {
    let done = false;
    void during.finally(() => (done = true));
    const saves: number[] = [];
    const reads: number[] = [];
    const saving = (async () => {
      while (!done) {
        const q = fixture.questions[seq % 50]!;
        const started = performance.now();
        await worker.put(`/api/sessions/${sessionId}/answers/${q.id}`, { optionId: q.options[seq % 4], seq: ++seq });
        saves.push(performance.now() - started);
      }
    })();
    const reading = (async () => {
      while (!done) {
        const started = performance.now();
        await readFile(bundle);
        reads.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await Promise.all([during, saving, reading]);
    return { saves, reads };
  }

  async function login(username: string) {
    const client = await t.anonymous();
    const started = performance.now();
    const res = await client.post('/api/auth/login', { username, password });
    return { status: res.statusCode, ms: performance.now() - started };
  }

  for (const [label, limits] of [
    ['unbounded (as before)', { concurrency: 100_000, maxWaitingLogins: 100_000 }],
    [`bounded (concurrency ${bounded.concurrency})`, bounded],
  ] as const) {
    passwordQueue.configure(limits);
    console.log(`\n# password work ${label}`);
    const quiet = await probe(new Promise((r) => setTimeout(r, 3_000)));
    console.log(`quiet:             saves ${summary(quiet.saves)}; file reads ${summary(quiet.reads)}`);

    const storm = Promise.all(Array.from({ length: STORM }, (_, i) => login(`storm${i}`)));
    const stormed = await probe(storm);
    const logins = await storm;
    const statuses = logins.reduce<Record<number, number>>((n, l) => ({ ...n, [l.status]: (n[l.status] ?? 0) + 1 }), {});
    console.log(`${STORM} logins:        saves ${summary(stormed.saves)}; file reads ${summary(stormed.reads)}; logins ${summary(logins.map((l) => l.ms))} ${JSON.stringify(statuses)}`);

    const importing = Promise.all(Array.from({ length: IMPORTED }, (_, i) => hashPassword(`imported-${i}`)));
    const oneLogin = login('storm0');
    const imported = await probe(Promise.all([importing, oneLogin]));
    console.log(`import ${IMPORTED} hashes: saves ${summary(imported.saves)}; file reads ${summary(imported.reads)}; one login ${(await oneLogin).ms.toFixed(0)} ms`);
  }
} finally {
  await t.close();
}
