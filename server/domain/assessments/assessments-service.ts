import { desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { CreateAssessmentRequest } from '../../../common/schemas/assessments.js';
import type { Db } from '../../db/database.js';
import { assessmentCompetencies, assessments, competencies, examSessions, questionPackages, questions } from '../../db/schema.js';
import { qualified } from '../../db/qualified.js';
import { msg, notFound, validationError } from '../../errors.js';
import { recordAudit } from '../audit.js';
import { lockAssessment, lockedError } from './assessment-lock.js';

const thisAssessment = qualified(assessments.id);
/** An assessment with what its list row and editor show beside the stored fields. */
const summaryColumns = {
  ...getTableColumns(assessments),
  competencyIds: sql<string[]>`coalesce((select array_agg(ac.competency_id order by ac.competency_id)
    from ${assessmentCompetencies} ac where ac.assessment_id = ${thisAssessment}), '{}')`,
  packageCount: sql<number>`(select count(*)::int from ${questionPackages} p where p.assessment_id = ${thisAssessment})`,
  questionCount: sql<number>`(select count(*)::int from ${questions} q join ${questionPackages} p on p.id = q.package_id where p.assessment_id = ${thisAssessment})`,
  sessionCount: sql<number>`(select count(*)::int from ${examSessions} s where s.assessment_id = ${thisAssessment} and s.replaced_at is null)`,
  started: sql<boolean>`exists (select 1 from ${examSessions} s where s.assessment_id = ${thisAssessment} and s.status <> 'not_started')`,
};

export type AssessmentSummary = Awaited<ReturnType<typeof listAssessments>>[number];

/** Newest window first. */
export async function listAssessments(db: Db) {
  return db.select(summaryColumns).from(assessments).orderBy(desc(assessments.opensAt), desc(assessments.createdAt));
}

export async function getAssessment(db: Db, id: string): Promise<AssessmentSummary> {
  const [row] = await db.select(summaryColumns).from(assessments).where(eq(assessments.id, id));
  if (!row) throw notFound('Assessment');
  return row;
}

/** Replaces the competencies an assessment certifies; unknown ids are a 400 naming the field. */
export async function setCompetencies(tx: Db, assessmentId: string, competencyIds: string[]): Promise<void> {
  if (competencyIds.length) {
    const found = await tx.select({ id: competencies.id }).from(competencies).where(inArray(competencies.id, competencyIds));
    if (found.length !== competencyIds.length) {
      const message = msg('assessment.unknownCompetencies');
      throw validationError(message, [{ path: 'competencyIds', message }]);
    }
  }
  await tx.delete(assessmentCompetencies).where(eq(assessmentCompetencies.assessmentId, assessmentId));
  if (competencyIds.length) {
    await tx.insert(assessmentCompetencies).values(competencyIds.map((competencyId) => ({ assessmentId, competencyId })));
  }
}

/** Inserts the assessment and its competencies; shared by the API and the demo seed. */
export async function insertAssessment(tx: Db, input: CreateAssessmentRequest, createdBy: string | null): Promise<string> {
  const { competencyIds, opensAt, closesAt, ...fields } = input;
  const [row] = await tx
    .insert(assessments)
    .values({ ...fields, opensAt: new Date(opensAt), closesAt: new Date(closesAt), createdBy })
    .returning({ id: assessments.id });
  await setCompetencies(tx, row!.id, competencyIds);
  return row!.id;
}

export async function createAssessment(db: Db, actorId: string, input: CreateAssessmentRequest): Promise<AssessmentSummary> {
  return db.transaction(async (tx) => {
    const id = await insertAssessment(tx, input, actorId);
    await recordAudit(tx, { actorId, action: 'assessment.create', targetType: 'assessment', targetId: id, after: input });
    return getAssessment(tx, id);
  });
}

/** Only while nobody has started: afterwards the sessions are results, and results are not deleted. */
export async function deleteAssessment(db: Db, actorId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { started } = await lockAssessment(tx, id);
    if (started) throw lockedError(msg('assessment.startedNoDelete'));
    const before = await getAssessment(tx, id);
    // Sessions first: they hold their package with ON DELETE RESTRICT.
    await tx.delete(examSessions).where(eq(examSessions.assessmentId, id));
    await tx.delete(assessments).where(eq(assessments.id, id));
    await recordAudit(tx, { actorId, action: 'assessment.delete', targetType: 'assessment', targetId: id, before });
  });
}
