import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { AuthoredQuestion } from '../../../common/schemas/question-bank.js';
import type { Db } from '../../db/database.js';
import { questionOptions, questions } from '../../db/schema.js';
import { msg, notFound, validationError, type Message } from '../../errors.js';
import { lockQuestionBank } from '../assessments/assessment-lock.js';
import { recordAudit } from '../audit.js';
import { requirePackage } from './packages-service.js';
import { assessmentOfQuestion, loadQuestion } from './questions-service.js';

const packageOrder = async (tx: Db, packageId: string): Promise<string[]> =>
  (await tx.select({ id: questions.id }).from(questions).where(eq(questions.packageId, packageId)).orderBy(asc(questions.position), asc(questions.id))).map(
    (q) => q.id,
  );

/** Why `wanted` is not an order of exactly the package's questions, or null when it is. */
function orderProblem(current: string[], wanted: string[]): Message | null {
  const known = new Set(current);
  const seen = new Set<string>();
  for (const id of wanted) {
    if (!known.has(id)) return msg('order.unknownQuestion');
    if (seen.has(id)) return msg('order.repeatedQuestion');
    seen.add(id);
  }
  if (seen.size !== known.size) return msg('order.incomplete', { count: known.size });
  return null;
}

/**
 * Puts the package's questions in the order given (positions 1..n), in one statement.
 * `questionIds` must be exactly the package's question ids, each once: else 400 `validation`
 * (nothing changes). 404 `not_found` for an unknown package; 409 `locked` once a worker has started.
 * Returns the ids in their new order.
 */
export async function reorderQuestions(db: Db, actorId: string, packageId: string, questionIds: string[]): Promise<string[]> {
  const { assessmentId } = await requirePackage(db, packageId);
  return db.transaction(async (tx) => {
    await lockQuestionBank(tx, assessmentId);
    await requirePackage(tx, packageId); // it may have gone while we waited for the lock
    const before = await packageOrder(tx, packageId);
    const problem = orderProblem(before, questionIds);
    if (problem) throw validationError(problem, [{ path: 'questionIds', message: problem }]);
    const order = sql`array[${sql.join(
      questionIds.map((id) => sql`${id}`),
      sql`, `,
    )}]::text[]`;
    await tx
      .update(questions)
      .set({ position: sql`array_position(${order}, ${questions.id})` })
      .where(eq(questions.packageId, packageId));
    await recordAudit(tx, { actorId, action: 'package.reorder', targetType: 'package', targetId: packageId, before, after: questionIds });
    return questionIds;
  });
}

/**
 * Copies a question (every column, its options with new ids) to the place right after it; the
 * questions behind move down one. 404 `not_found`; 409 `locked` once a worker has started.
 * Returns the copy.
 */
export async function duplicateQuestion(db: Db, actorId: string, questionId: string): Promise<AuthoredQuestion> {
  const assessmentId = await assessmentOfQuestion(db, questionId);
  return db.transaction(async (tx) => {
    await lockQuestionBank(tx, assessmentId);
    const [original] = await tx.select().from(questions).where(eq(questions.id, questionId));
    if (!original) throw notFound('Question');
    const options = await tx.select().from(questionOptions).where(eq(questionOptions.questionId, questionId)).orderBy(asc(questionOptions.position));
    await tx
      .update(questions)
      .set({ position: sql`${questions.position} + 1` })
      .where(and(eq(questions.packageId, original.packageId), gt(questions.position, original.position)));
    // Whole rows, so columns added later (images, …) are copied too.
    const copyId = randomUUID();
    await tx.insert(questions).values({ ...original, id: copyId, position: original.position + 1 });
    if (options.length) await tx.insert(questionOptions).values(options.map((option) => ({ ...option, id: randomUUID(), questionId: copyId })));
    const copy = await loadQuestion(tx, copyId);
    await recordAudit(tx, { actorId, action: 'question.duplicate', targetType: 'question', targetId: copyId, before: { from: questionId }, after: copy });
    return copy;
  });
}
