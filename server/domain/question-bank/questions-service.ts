import { asc, eq } from 'drizzle-orm';
import type { AuthoredQuestion, QuestionInput, UpdateQuestionRequest } from '../../../common/schemas/question-bank.js';
import type { Db } from '../../db/database.js';
import { questionOptions, questionPackages, questions } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { lockQuestionBank } from '../assessments/assessment-lock.js';
import { recordAudit } from '../audit.js';
import { imageRefsOf, requireImages } from '../images/images-service.js';
import { appendQuestions, optionRowsOf } from './append-questions.js';
import { authoredQuestionColumns, requirePackage } from './packages-service.js';

export async function loadQuestion(db: Db, questionId: string): Promise<AuthoredQuestion> {
  const [question] = await db
    .select(authoredQuestionColumns)
    .from(questions)
    .where(eq(questions.id, questionId));
  if (!question) throw notFound('Question');
  const options = await db
    .select({ id: questionOptions.id, text: questionOptions.text, correct: questionOptions.isCorrect, imageId: questionOptions.imageId })
    .from(questionOptions)
    .where(eq(questionOptions.questionId, questionId))
    .orderBy(asc(questionOptions.position));
  return { ...question, options };
}

/** The assessment a question belongs to; 404 `not_found` when the question is gone. */
export async function assessmentOfQuestion(db: Db, questionId: string): Promise<string> {
  const [row] = await db
    .select({ assessmentId: questionPackages.assessmentId })
    .from(questions)
    .innerJoin(questionPackages, eq(questionPackages.id, questions.packageId))
    .where(eq(questions.id, questionId));
  if (!row) throw notFound('Question');
  return row.assessmentId;
}

/** Appends a question to the end of its package. */
export async function addQuestion(db: Db, actorId: string, packageId: string, input: QuestionInput): Promise<AuthoredQuestion> {
  const { assessmentId } = await requirePackage(db, packageId);
  return db.transaction(async (tx) => {
    await lockQuestionBank(tx, assessmentId);
    await requirePackage(tx, packageId); // it may have gone while we waited for the lock
    await requireImages(tx, imageRefsOf(input));
    const [added] = await appendQuestions(tx, [{ packageId, question: input }]);
    await recordAudit(tx, { actorId, action: 'question.create', targetType: 'question', targetId: added!.id, after: input });
    return loadQuestion(tx, added!.id);
  });
}

/** Changes text and points in place; sent options replace the old ones. */
export async function updateQuestion(db: Db, actorId: string, questionId: string, patch: UpdateQuestionRequest): Promise<AuthoredQuestion> {
  const assessmentId = await assessmentOfQuestion(db, questionId);
  return db.transaction(async (tx) => {
    await lockQuestionBank(tx, assessmentId);
    const before = await loadQuestion(tx, questionId);
    await requireImages(tx, imageRefsOf(patch));
    const { options, ...fields } = patch;
    if (Object.keys(fields).length) await tx.update(questions).set(fields).where(eq(questions.id, questionId));
    if (options) {
      await tx.delete(questionOptions).where(eq(questionOptions.questionId, questionId));
      await tx.insert(questionOptions).values(optionRowsOf(questionId, options));
    }
    const after = await loadQuestion(tx, questionId);
    await recordAudit(tx, { actorId, action: 'question.update', targetType: 'question', targetId: questionId, before, after });
    return after;
  });
}

export async function deleteQuestion(db: Db, actorId: string, questionId: string): Promise<void> {
  const assessmentId = await assessmentOfQuestion(db, questionId);
  await db.transaction(async (tx) => {
    await lockQuestionBank(tx, assessmentId);
    const before = await loadQuestion(tx, questionId);
    await tx.delete(questions).where(eq(questions.id, questionId));
    await recordAudit(tx, { actorId, action: 'question.delete', targetType: 'question', targetId: questionId, before });
  });
}
