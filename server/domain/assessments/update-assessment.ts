import { eq, sql } from 'drizzle-orm';
import { assessmentRuleIssues, EDITABLE_AFTER_START, type UpdateAssessmentRequest } from '../../../common/schemas/assessments.js';
import type { Db } from '../../db/database.js';
import { assessments } from '../../db/schema.js';
import { Message, msg, validationError } from '../../errors.js';
import { recordAudit } from '../audit.js';
import { assertPackagesMatch } from '../question-bank/package-parity.js';
import { lockAssessment, lockedError, type AssessmentRow } from './assessment-lock.js';
import { getAssessment, setCompetencies, type AssessmentSummary } from './assessments-service.js';
import { rescoreSessions } from './rescore-sessions.js';

type StoredChanges = Partial<Omit<AssessmentRow, 'id' | 'createdAt' | 'createdBy' | 'updatedAt'>>;

/** The request in stored form. Switching to auto_submit clears the grace period unless the request sets it. */
function storedChanges(patch: UpdateAssessmentRequest): StoredChanges {
  const { opensAt, closesAt, competencyIds: _, ...rest } = patch;
  return {
    ...(patch.overduePolicy === 'auto_submit' && patch.graceMinutes === undefined ? { graceMinutes: null } : {}),
    ...rest,
    ...(opensAt === undefined ? {} : { opensAt: new Date(opensAt) }),
    ...(closesAt === undefined ? {} : { closesAt: new Date(closesAt) }),
  };
}

const sameValue = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
const sameIds = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Applies a partial update. Fields sent with their current value do not count as changes, so an
 * editor may send the whole form. Once a worker has started, only EDITABLE_AFTER_START may change;
 * a new pass score re-marks every scored session in the same transaction. Publishing an assessment
 * whose packages differ in size is 409 `packages_differ`.
 */
export async function updateAssessment(db: Db, actorId: string, id: string, patch: UpdateAssessmentRequest): Promise<AssessmentSummary> {
  return db.transaction(async (tx) => {
    const { assessment: current, started } = await lockAssessment(tx, id);
    const before = await getAssessment(tx, id);
    const changes = storedChanges(patch);
    const issues = assessmentRuleIssues({ ...current, ...changes }).map((i) => ({ path: i.path, message: new Message(i.message) }));
    if (issues.length) throw validationError(issues[0]!.message, issues);

    const changedFields = (Object.keys(changes) as (keyof StoredChanges)[]).filter((k) => !sameValue(changes[k], current[k]));
    const competenciesChanged = patch.competencyIds !== undefined && !sameIds(patch.competencyIds, before.competencyIds);
    const changed: (keyof StoredChanges | 'competencyIds')[] = [...changedFields, ...(competenciesChanged ? (['competencyIds'] as const) : [])];
    if (!changed.length) return before;
    const frozen = changed.filter((f) => !(EDITABLE_AFTER_START as readonly string[]).includes(f));
    if (started && frozen.length) {
      throw lockedError(msg('assessment.startedFrozenFields', { fields: frozen.join(', ') }));
    }

    // Opening (publishing) hands packages out to workers: they must be the same size first.
    if (changedFields.includes('published') && changes.published) await assertPackagesMatch(tx, id);
    await tx
      .update(assessments)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(eq(assessments.id, id));
    if (competenciesChanged) await setCompetencies(tx, id, patch.competencyIds!);
    const rescoredSessions = changedFields.includes('passScore') ? await rescoreSessions(tx, id, changes.passScore!) : 0;
    const after = await getAssessment(tx, id);
    const pick = (a: AssessmentSummary): Partial<Record<(typeof changed)[number], unknown>> => Object.fromEntries(changed.map((f) => [f, a[f]]));
    await recordAudit(tx, {
      actorId,
      action: 'assessment.update',
      targetType: 'assessment',
      targetId: id,
      before: pick(before),
      after: { ...pick(after), ...(rescoredSessions ? { rescoredSessions } : {}) },
    });
    return after;
  });
}
