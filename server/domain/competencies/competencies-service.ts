import { asc, eq, sql } from 'drizzle-orm';
import type { CreateCompetencyRequest, UpdateCompetencyRequest } from '../../../common/schemas/competencies.js';
import type { Db } from '../../db/database.js';
import { isUniqueViolation } from '../../db/errors.js';
import { qualified } from '../../db/qualified.js';
import { assessmentCompetencies, competencies, competencyAchievements } from '../../db/schema.js';
import { conflict, msg, notFound } from '../../errors.js';
import { recordAudit } from '../audit.js';

const assessmentCount = sql<number>`(select count(*)::int from ${assessmentCompetencies} ac where ac.competency_id = ${qualified(competencies.id)})`;
const columns = {
  id: competencies.id,
  code: competencies.code,
  name: competencies.name,
  description: competencies.description,
  assessmentCount,
};
export type CompetencyRow = { id: string; code: string; name: string; description: string; assessmentCount: number };

export async function listCompetencies(db: Db): Promise<CompetencyRow[]> {
  return db.select(columns).from(competencies).orderBy(asc(competencies.code));
}

async function getCompetency(db: Db, id: string): Promise<CompetencyRow> {
  const [row] = await db.select(columns).from(competencies).where(eq(competencies.id, id));
  if (!row) throw notFound('Competency');
  return row;
}

function duplicateCodeError(err: unknown) {
  if (isUniqueViolation(err, 'competencies_code_lower_key')) return conflict('duplicate', msg('competency.codeTaken'), { field: 'code' });
  return err;
}

export async function createCompetency(db: Db, actorId: string, input: CreateCompetencyRequest): Promise<CompetencyRow> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(competencies).values(input).returning({ id: competencies.id });
      await recordAudit(tx, { actorId, action: 'competency.create', targetType: 'competency', targetId: row!.id, after: input });
      return getCompetency(tx, row!.id);
    });
  } catch (err) {
    throw duplicateCodeError(err);
  }
}

export async function updateCompetency(db: Db, actorId: string, id: string, input: UpdateCompetencyRequest): Promise<CompetencyRow> {
  try {
    return await db.transaction(async (tx) => {
      const before = await getCompetency(tx, id);
      await tx.update(competencies).set(input).where(eq(competencies.id, id));
      await recordAudit(tx, { actorId, action: 'competency.update', targetType: 'competency', targetId: id, before, after: input });
      return getCompetency(tx, id);
    });
  } catch (err) {
    throw duplicateCodeError(err);
  }
}

/** Refused while an assessment certifies it or a worker holds it: deleting would rewrite history. */
export async function deleteCompetency(db: Db, actorId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(competencies).where(eq(competencies.id, id)).for('update');
    if (!row) throw notFound('Competency');
    const assessmentsUsing = await tx.$count(assessmentCompetencies, eq(assessmentCompetencies.competencyId, id));
    if (assessmentsUsing > 0) {
      throw conflict('in_use', msg('competency.certifiedBy', { count: assessmentsUsing, code: row.code }));
    }
    const holders = await tx.$count(competencyAchievements, eq(competencyAchievements.competencyId, id));
    if (holders > 0) throw conflict('in_use', msg('competency.achieved', { count: holders, code: row.code }));
    await tx.delete(competencies).where(eq(competencies.id, id));
    await recordAudit(tx, { actorId, action: 'competency.delete', targetType: 'competency', targetId: id, before: row });
  });
}
