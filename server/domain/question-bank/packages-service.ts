import { asc, eq, sql } from 'drizzle-orm';
import type { AuthoredQuestion } from '../../../common/schemas/question-bank.js';
import type { Db } from '../../db/database.js';
import { qualified } from '../../db/qualified.js';
import { examSessions, questionOptions, questionPackages, questions } from '../../db/schema.js';
import { conflict, msg, notFound } from '../../errors.js';
import { lockQuestionBank, requireAssessment } from '../assessments/assessment-lock.js';
import { recordAudit } from '../audit.js';
import { comparePackageNames, nextPackageName } from './package-name.js';

export type PackageRow = typeof questionPackages.$inferSelect;

/** The question columns staff see (options are loaded beside them). */
export const authoredQuestionColumns = {
  id: questions.id,
  packageId: questions.packageId,
  position: questions.position,
  text: questions.text,
  points: questions.points,
  imageId: questions.imageId,
};
export type QuestionBankPackage = { id: string; name: string; sessionCount: number; questions: AuthoredQuestion[] };

export async function requirePackage(db: Db, packageId: string): Promise<PackageRow> {
  const [row] = await db.select().from(questionPackages).where(eq(questionPackages.id, packageId));
  if (!row) throw notFound('Package');
  return row;
}

const samePackageName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The packages of the assessment by name, case-insensitively, creating those that are missing
 * (in `names` order). Inside a transaction holding the question-bank lock.
 */
export async function ensurePackages(tx: Db, assessmentId: string, names: string[]): Promise<{ byName: (name: string) => PackageRow; created: string[] }> {
  const existing = await tx.select().from(questionPackages).where(eq(questionPackages.assessmentId, assessmentId));
  const known = new Set(existing.map((p) => p.name.toLowerCase()));
  const missing: string[] = [];
  for (const name of names) {
    if (known.has(name.toLowerCase())) continue;
    known.add(name.toLowerCase());
    missing.push(name);
  }
  const created = missing.length ? await tx.insert(questionPackages).values(missing.map((name) => ({ assessmentId, name }))).returning() : [];
  const byLowerName = new Map([...existing, ...created].map((p) => [p.name.toLowerCase(), p]));
  return { byName: (name) => byLowerName.get(name.toLowerCase())!, created: missing };
}

/** A new, empty package named `name` or the next free letter. */
export async function createPackage(db: Db, actorId: string, assessmentId: string, name?: string): Promise<PackageRow> {
  return db.transaction(async (tx) => {
    await lockQuestionBank(tx, assessmentId);
    const taken = (await tx.select({ name: questionPackages.name }).from(questionPackages).where(eq(questionPackages.assessmentId, assessmentId))).map(
      (p) => p.name,
    );
    if (name !== undefined && taken.some((t) => samePackageName(t, name))) {
      throw conflict('duplicate', msg('package.nameTaken', { name }), { field: 'name' });
    }
    const [created] = await tx
      .insert(questionPackages)
      .values({ assessmentId, name: name ?? nextPackageName(taken) })
      .returning();
    await recordAudit(tx, { actorId, action: 'package.create', targetType: 'assessment', targetId: assessmentId, after: created });
    return created!;
  });
}

/** A package can go while nobody has started and nobody has been given it (sessions keep their package for good). */
export async function deletePackage(db: Db, actorId: string, packageId: string): Promise<void> {
  const { assessmentId } = await requirePackage(db, packageId);
  await db.transaction(async (tx) => {
    await lockQuestionBank(tx, assessmentId);
    const pkg = await requirePackage(tx, packageId);
    const assigned = await tx.$count(examSessions, eq(examSessions.packageId, packageId));
    if (assigned > 0) {
      throw conflict('in_use', msg('package.assigned', { count: assigned, name: pkg.name }));
    }
    await tx.delete(questionPackages).where(eq(questionPackages.id, packageId));
    await recordAudit(tx, { actorId, action: 'package.delete', targetType: 'assessment', targetId: assessmentId, before: pkg });
  });
}

/** Every package of the assessment with its questions and options, correct answers included (staff only). */
export async function loadQuestionBank(db: Db, assessmentId: string): Promise<QuestionBankPackage[]> {
  await requireAssessment(db, assessmentId);
  const packages = await db
    .select({
      id: questionPackages.id,
      name: questionPackages.name,
      sessionCount: sql<number>`(select count(*)::int from ${examSessions} s where s.package_id = ${qualified(questionPackages.id)})`,
    })
    .from(questionPackages)
    .where(eq(questionPackages.assessmentId, assessmentId));
  const questionRows = await db
    .select(authoredQuestionColumns)
    .from(questions)
    .innerJoin(questionPackages, eq(questionPackages.id, questions.packageId))
    .where(eq(questionPackages.assessmentId, assessmentId))
    .orderBy(asc(questions.position));
  const optionRows = await db
    .select({
      id: questionOptions.id,
      questionId: questionOptions.questionId,
      text: questionOptions.text,
      correct: questionOptions.isCorrect,
      imageId: questionOptions.imageId,
    })
    .from(questionOptions)
    .innerJoin(questions, eq(questions.id, questionOptions.questionId))
    .innerJoin(questionPackages, eq(questionPackages.id, questions.packageId))
    .where(eq(questionPackages.assessmentId, assessmentId))
    .orderBy(asc(questionOptions.position));

  const optionsOf = groupBy(optionRows, (o) => o.questionId);
  const questionsOf = groupBy(
    questionRows.map((q) => ({ ...q, options: (optionsOf.get(q.id) ?? []).map(({ id, text, correct, imageId }) => ({ id, text, correct, imageId })) })),
    (q) => q.packageId,
  );
  return packages
    .sort((a, b) => comparePackageNames(a.name, b.name))
    .map((p) => ({ ...p, questions: questionsOf.get(p.id) ?? [] }));
}

/** Items by key, each group in the items' order (Map.groupBy arrives with Node 21). */
export function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
