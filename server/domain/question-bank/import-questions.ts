import { QUESTION_COLUMNS, type ImportQuestionsResponse } from '../../../common/schemas/question-bank.js';
import type { Db } from '../../db/database.js';
import { lockQuestionBank, requireAssessment } from '../assessments/assessment-lock.js';
import { recordAudit } from '../audit.js';
import { readSheet, rowsError, type CellIssue } from '../spreadsheets/read-sheet.js';
import { appendQuestions } from './append-questions.js';
import { ensurePackages } from './packages-service.js';
import { parseQuestionRow, type QuestionRow } from './question-rows.js';
import { QUESTIONS_SHEET } from './question-workbook.js';

export const MAX_IMPORT_QUESTIONS = 10_000;

/**
 * Adds every question of the workbook to its package (creating packages by name), or none: all
 * rows are checked first, and the writes share one transaction that holds the question-bank lock,
 * so a worker starting meanwhile makes the import a 409 rather than a change under their feet.
 */
export async function importQuestions(db: Db, actorId: string, assessmentId: string, file: Buffer): Promise<ImportQuestionsResponse> {
  await requireAssessment(db, assessmentId);
  const { rows, issues } = await readSheet(file, 'xlsx', QUESTION_COLUMNS, { sheetName: QUESTIONS_SHEET });
  if (rows.length > MAX_IMPORT_QUESTIONS) {
    issues.push({ row: rows[MAX_IMPORT_QUESTIONS]!.row, column: null, message: `At most ${MAX_IMPORT_QUESTIONS} questions per file.` });
  }
  const parsed: (QuestionRow & { row: number })[] = [];
  for (const { row, cells } of rows) {
    const result = parseQuestionRow(cells);
    if (result.row) parsed.push({ ...result.row, row });
    issues.push(...result.issues.map((issue): CellIssue => ({ row, ...issue })));
  }
  if (issues.length) throw rowsError(issues.sort((a, b) => a.row - b.row));

  return db.transaction(async (tx) => {
    await lockQuestionBank(tx, assessmentId);
    const packages = await ensurePackages(tx, assessmentId, [...new Set(parsed.map((p) => p.packageName))]);
    const added = await appendQuestions(
      tx,
      parsed.map((p) => ({ packageId: packages.byName(p.packageName).id, question: p.question })),
    );
    await recordAudit(tx, {
      actorId,
      action: 'question.import',
      targetType: 'assessment',
      targetId: assessmentId,
      after: { questions: added.length, packagesCreated: packages.created },
    });
    return {
      created: added.length,
      packagesCreated: packages.created,
      rows: parsed.map((p, i) => ({ row: p.row, package: packages.byName(p.packageName).name, position: added[i]!.position })),
    };
  });
}
