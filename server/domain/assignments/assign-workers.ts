import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AssignRequest, AssignResponse } from '../../../common/schemas/assignments.js';
import type { Db } from '../../db/database.js';
import { chunksForInsert } from '../../db/insert-in-chunks.js';
import { qualified } from '../../db/qualified.js';
import { examSessions, questionPackages, questions, users } from '../../db/schema.js';
import { conflict, msg, validationError } from '../../errors.js';
import { lockAssessmentRow } from '../assessments/assessment-lock.js';
import { recordAudit } from '../audit.js';
import { assertPackagesMatch } from '../question-bank/package-parity.js';
import { balancePackages, type PackageLoad } from './balance-packages.js';
import { listAssignments } from './assignments-service.js';

type Worker = { id: string; name: string };

/** The active coachees the request names (by id or by unit), and the named users who cannot take exams. */
async function resolveWorkers(tx: Db, request: AssignRequest): Promise<{ workers: Worker[]; skipped: AssignResponse['skipped'] }> {
  const skipped: AssignResponse['skipped'] = [];
  const workers = new Map<string, Worker>();
  if (request.userIds?.length) {
    const named = await tx
      .select({ id: users.id, name: users.name, role: users.role, active: users.active })
      .from(users)
      .where(inArray(users.id, request.userIds));
    const byId = new Map(named.map((u) => [u.id, u]));
    for (const userId of request.userIds) {
      const user = byId.get(userId);
      if (!user) skipped.push({ userId, name: null, reason: 'not_found' });
      else if (user.role !== 'coachee') skipped.push({ userId, name: user.name, reason: 'not_a_coachee' });
      else if (!user.active) skipped.push({ userId, name: user.name, reason: 'inactive' });
      else workers.set(user.id, { id: user.id, name: user.name });
    }
  }
  if (request.unit) {
    const inUnit = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(sql`lower(${users.unit}) = lower(${request.unit})`, eq(users.role, 'coachee'), eq(users.active, true)));
    if (!inUnit.length) {
      const message = msg('assignment.emptyUnit', { unit: request.unit });
      throw validationError(message, [{ path: 'unit', message }]);
    }
    for (const w of inUnit) workers.set(w.id, w);
  }
  return { workers: [...workers.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)), skipped };
}

/** Packages that can be handed out (at least one question) with their current number of live sessions. */
async function packageLoads(tx: Db, assessmentId: string): Promise<PackageLoad[]> {
  const packageId = qualified(questionPackages.id);
  return tx
    .select({
      id: questionPackages.id,
      name: questionPackages.name,
      sessions: sql<number>`(select count(*)::int from ${examSessions} s where s.package_id = ${packageId} and s.replaced_at is null)`,
    })
    .from(questionPackages)
    .where(
      and(
        eq(questionPackages.assessmentId, assessmentId),
        sql`exists (select 1 from ${questions} q where q.package_id = ${packageId})`,
      ),
    );
}

/**
 * Gives every named worker without a session one, with a package balanced across packages, inside
 * the caller's transaction. Idempotent: workers who have a session keep it (and its package).
 * Concurrent requests queue on the assessment row, and the partial unique index
 * (assessment, user) where not replaced turns any insert that still collides into a no-op.
 * Throws 409 `no_questions`, or `packages_differ` when packages differ in size (see assertPackagesMatch).
 */
export async function assignInTransaction(tx: Db, assessmentId: string, request: AssignRequest): Promise<AssignResponse> {
  await lockAssessmentRow(tx, assessmentId);
  const { workers, skipped } = await resolveWorkers(tx, request);
  const workerIds = workers.map((w) => w.id);
  const assigned = new Set(
    workerIds.length
      ? (
          await tx
            .select({ userId: examSessions.userId })
            .from(examSessions)
            .where(and(eq(examSessions.assessmentId, assessmentId), isNull(examSessions.replacedAt), inArray(examSessions.userId, workerIds)))
        ).map((s) => s.userId)
      : [],
  );
  const fresh = workers.filter((w) => !assigned.has(w.id));
  let created = 0;
  if (fresh.length) {
    const loads = await packageLoads(tx, assessmentId);
    if (!loads.length) throw conflict('no_questions', msg('assessment.noQuestions'));
    await assertPackagesMatch(tx, assessmentId);
    const packageIds = balancePackages(loads, fresh.length);
    const rows = fresh.map((w, i) => ({ assessmentId, userId: w.id, packageId: packageIds[i]! }));
    for (const chunk of chunksForInsert(examSessions, rows)) {
      created += (await tx.insert(examSessions).values(chunk).onConflictDoNothing().returning({ id: examSessions.id })).length;
    }
  }
  return { created, alreadyAssigned: workers.length - created, skipped, sessions: await listAssignments(tx, assessmentId, workerIds) };
}

export async function assignWorkers(db: Db, actorId: string, assessmentId: string, request: AssignRequest): Promise<AssignResponse> {
  return db.transaction(async (tx) => {
    const result = await assignInTransaction(tx, assessmentId, request);
    if (result.created) {
      await recordAudit(tx, {
        actorId,
        action: 'assessment.assign',
        targetType: 'assessment',
        targetId: assessmentId,
        after: { created: result.created, unit: request.unit ?? null, userIds: request.userIds?.length ?? 0 },
      });
    }
    return result;
  });
}
