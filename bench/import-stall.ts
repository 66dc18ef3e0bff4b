// `npx tsx bench/import-stall.ts` (TEST_DB=postgres for PostgreSQL): the longest event-loop stall during the largest allowed imports (issue 9). A measurement, not a test.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { QUESTION_COLUMNS, type QuestionInput } from '../common/schemas/question-bank.js';
import { USER_IMPORT_COLUMNS } from '../common/schemas/users.js';
import { questionCells } from '../server/domain/question-bank/question-rows.js';
import { createAssessment, fileUpload } from '../server/test/factories.js';
import { createTestServer } from '../server/test/test-server.js';
import { streamedWorkbook } from '../server/test/workbooks.js';

const t = await createTestServer();
const admin = await t.loginAs('admin');
const hc = await t.loginAs('hc');

async function measure(label: string, run: () => Promise<{ statusCode: number; body: string }>) {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const started = performance.now();
  const res = await run();
  const elapsed = performance.now() - started;
  h.disable();
  console.log(`${label}: status ${res.statusCode}, ${(elapsed / 1000).toFixed(1)} s, longest stall ${(h.max / 1e6).toFixed(0)} ms, p99 ${(h.percentile(99) / 1e6).toFixed(0)} ms`, res.statusCode === 200 ? '' : res.body.slice(0, 200));
}

await measure('idle baseline, 5 s', async () => {
  await new Promise((resolve) => setTimeout(resolve, 5000));
  return { statusCode: 200, body: '' };
});
const long = 'Seorang pekerja menemukan kebocoran pada jalur pipa bertekanan di area produksi. '.repeat(3);
const question: QuestionInput = { text: long, points: 1, options: 'ABCDEFGH'.split('').map((l) => ({ text: `${l}: ${long.slice(0, 120)}`, correct: l === 'A' })) };
const questions = await streamedWorkbook(QUESTION_COLUMNS, 10_000, (i) => questionCells(i % 2 ? 'A' : 'B', { ...question, text: `${i}. ${long}` }));
console.log(`questions workbook: ${(questions.length / 1024 / 1024).toFixed(1)} MB`);
const a = await createAssessment(hc);
const q = fileUpload('soal.xlsx', questions);
await measure('10,000 questions x 8 options (.xlsx)', () => hc.post(`/api/assessments/${a.id}/packages/import`, q.payload, { headers: q.headers }));

const over = await streamedWorkbook(USER_IMPORT_COLUMNS, 1_900_000 / 20, (i) => [`u${i}`, 'N', 'coachee', 'pass-word-1', `${i}`, '', '', '']);
const o = fileUpload('banyak.xlsx', over);
console.log(`over-limit users workbook: ${(over.length / 1024 / 1024).toFixed(1)} MB`);
await measure('95,000-row users .xlsx (refused)', () => admin.post('/api/users/import', o.payload, { headers: o.headers }));

const csv = [USER_IMPORT_COLUMNS.join(';'), ...Array.from({ length: 5_000 }, (_, i) => `bulk.${i};Pekerja ${i};coachee;00${i}-pass-word;00${i};;Produksi;`)].join('\r\n');
const u = fileUpload('pekerja.csv', csv);
await measure('5,000 users (.csv, Argon2id hashing)', () => admin.post('/api/users/import', u.payload, { headers: u.headers }));
await t.close();
