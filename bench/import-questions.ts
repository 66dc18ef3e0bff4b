import { pathToFileURL } from 'node:url';
import { createAssessmentRequest } from '../common/schemas/assessments.js';
import { openDatabase } from '../server/db/database.js';
import { runMigrations } from '../server/db/migrate.js';
import { users } from '../server/db/schema.js';
import { createAssessment } from '../server/domain/assessments/assessments-service.js';
import { importQuestions } from '../server/domain/question-bank/import-questions.js';
import { questionCells } from '../server/domain/question-bank/question-rows.js';
import { writeQuestionWorkbook } from '../server/domain/question-bank/question-workbook.js';

export type ImportBenchResult = { questions: number; fileBytes: number; importMs: number };

/** A workbook of `count` four-option questions over packages A and B, as HC would upload it. */
async function questionsWorkbook(count: number): Promise<Buffer> {
  const rows = Array.from({ length: count }, (_, i) =>
    questionCells(i % 2 ? 'B' : 'A', {
      text: `Soal ${i + 1}: manakah langkah yang benar sebelum memperbaiki mesin konveyor nomor ${i % 97}?\nPilih satu jawaban.`,
      points: 1 + (i % 3),
      options: ['Isolasi energi lalu pasang gembok', 'Langsung membuka panel', 'Menunggu operator', 'Menyemprot air'].map((text, k) => ({
        text: `${text} (${i})`,
        correct: k === i % 4,
      })),
    }),
  );
  return writeQuestionWorkbook('en', rows);
}

/**
 * Times `importQuestions` (reading the .xlsx, checking every row, writing in one transaction) for a
 * workbook of `count` questions into a fresh in-memory PGlite database.
 */
export async function benchImportQuestions(count = 5_000): Promise<ImportBenchResult> {
  const database = await openDatabase({ kind: 'pglite' });
  try {
    await runMigrations(database);
    const { db } = database;
    const [actor] = await db.insert(users).values({ username: 'bench-hc', passwordHash: 'not-a-login', name: 'Bench HC', role: 'hc' }).returning();
    const now = Date.now();
    const assessment = await createAssessment(
      db,
      actor!.id,
      createAssessmentRequest.parse({
        title: 'Import bench',
        opensAt: new Date(now).toISOString(),
        closesAt: new Date(now + 86_400_000).toISOString(),
        durationMinutes: 60,
        passScore: 70,
      }),
    );
    const file = await questionsWorkbook(count);
    const started = performance.now();
    const report = await importQuestions(db, actor!.id, assessment.id, file);
    return { questions: report.created, fileBytes: file.length, importMs: Math.round(performance.now() - started) };
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchImportQuestions();
  console.log(`imported ${result.questions} questions (${(result.fileBytes / 1024).toFixed(0)} KB .xlsx) in ${result.importMs} ms on PGlite`);
}
