import { and, asc, eq } from 'drizzle-orm';
import type { RekeyRequest, RekeyResponse } from '../../../common/schemas/records.js';
import type { Db } from '../../db/database.js';
import { questionOptions, questions } from '../../db/schema.js';
import { msg, notFound, validationError } from '../../errors.js';
import { recordAudit } from '../audit.js';
import { assessmentOfQuestion } from '../question-bank/questions-service.js';
import { lockAssessment } from './assessment-lock.js';
import { keyLabel } from './key-label.js';
import { rescorePackage } from './rescore-sessions.js';

/**
 * Corrects a question's answer key after the fact: the sanctioned exception to "a started
 * assessment's questions are locked". In one transaction: the old key is cleared and `optionId`
 * set (the database holds at most one correct option per question, so in that order), every
 * scored attempt of the question's package (replaced ones included, so earlier attempts stay
 * consistent with their results and exports) is scored again, the competency records follow, and
 * the audit log gets `question.rekey` with the key (`key`: letter and text, see keyLabel) and a
 * score summary before and after.
 *
 * The assessment lock reads every session FOR SHARE, so a submit under way finishes first (and is
 * re-scored here) and one arriving later waits and then scores with the new key (delivery reads
 * the key through PackageCatalogs.withCurrentKey, on every instance). Saves are not blocked.
 *
 * Returns `{rescored, changed}` (see common/schemas/records.ts); the same key again changes
 * nothing and returns zeros. Throws 404 `not_found` for an unknown question and 400 `validation`
 * (path `optionId`) for an option of another question.
 */
export async function rekeyQuestion(db: Db, actorId: string, questionId: string, input: RekeyRequest): Promise<RekeyResponse> {
  const assessmentId = await assessmentOfQuestion(db, questionId);
  return db.transaction(async (tx) => {
    const { assessment } = await lockAssessment(tx, assessmentId);
    const [question] = await tx.select({ packageId: questions.packageId }).from(questions).where(eq(questions.id, questionId));
    if (!question) throw notFound('Question'); // deleted while we waited for the lock
    const options = await tx
      .select({ id: questionOptions.id, text: questionOptions.text, isCorrect: questionOptions.isCorrect })
      .from(questionOptions)
      .where(eq(questionOptions.questionId, questionId))
      .orderBy(asc(questionOptions.position));
    if (!options.some((o) => o.id === input.optionId)) {
      const message = msg('answer.notAnOption');
      throw validationError(message, [{ path: 'optionId', message }]);
    }
    const oldKey = options.find((o) => o.isCorrect)?.id ?? null;
    if (oldKey === input.optionId) return { rescored: 0, changed: 0 };

    await tx.update(questionOptions).set({ isCorrect: false }).where(and(eq(questionOptions.questionId, questionId), eq(questionOptions.isCorrect, true)));
    await tx.update(questionOptions).set({ isCorrect: true }).where(eq(questionOptions.id, input.optionId));
    const { rescored, changed, before, after } = await rescorePackage(tx, assessment, question.packageId);
    await recordAudit(tx, {
      actorId,
      action: 'question.rekey',
      targetType: 'question',
      targetId: questionId,
      reason: input.reason,
      before: { key: keyLabel(options, oldKey), ...before },
      after: { key: keyLabel(options, input.optionId), ...after, rescored, changed },
    });
    return { rescored, changed };
  });
}
