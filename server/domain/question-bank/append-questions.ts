import { randomUUID } from 'node:crypto';
import { inArray, max } from 'drizzle-orm';
import type { QuestionInput } from '../../../common/schemas/question-bank.js';
import type { Db } from '../../db/database.js';
import { insertInChunks } from '../../db/insert-in-chunks.js';
import { questionOptions, questions } from '../../db/schema.js';
import { shareTheLoop } from '../spreadsheets/share-the-loop.js';

/** The rows of a question's options, in the order given. */
export const optionRowsOf = (questionId: string, options: QuestionInput['options']): (typeof questionOptions.$inferInsert)[] =>
  options.map((option, index) => ({ id: randomUUID(), questionId, position: index + 1, text: option.text, isCorrect: option.correct, imageId: option.imageId ?? null }));

export type NewQuestion = { packageId: string; question: QuestionInput };

/**
 * Appends questions, in order, after the last question of each package: two kinds of multi-row
 * statement however many questions there are (5,000 from one workbook). Ids are made here so the
 * options can name their question without a round trip per question. Call inside the transaction
 * that locked the question bank.
 */
export async function appendQuestions(tx: Db, items: NewQuestion[]): Promise<{ id: string; packageId: string; position: number }[]> {
  if (!items.length) return [];
  const packageIds = [...new Set(items.map((i) => i.packageId))];
  const last = await tx
    .select({ packageId: questions.packageId, position: max(questions.position) })
    .from(questions)
    .where(inArray(questions.packageId, packageIds))
    .groupBy(questions.packageId);
  const nextPosition = new Map(packageIds.map((id) => [id, 1]));
  for (const { packageId, position } of last) nextPosition.set(packageId, (position ?? 0) + 1);

  const questionRows: (typeof questions.$inferInsert)[] = [];
  const optionRows: (typeof questionOptions.$inferInsert)[] = [];
  for (const [index, { packageId, question }] of items.entries()) {
    await shareTheLoop(index);
    const id = randomUUID();
    const position = nextPosition.get(packageId)!;
    nextPosition.set(packageId, position + 1);
    questionRows.push({ id, packageId, position, text: question.text, points: question.points, imageId: question.imageId ?? null });
    optionRows.push(...optionRowsOf(id, question.options));
  }
  await insertInChunks(tx, questions, questionRows);
  await insertInChunks(tx, questionOptions, optionRows);
  return questionRows.map((q) => ({ id: q.id!, packageId: q.packageId, position: q.position }));
}
