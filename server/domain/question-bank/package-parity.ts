import { asc, count, eq, sum } from 'drizzle-orm';
import { describePackageSizes, differingPackages, type PackageSize } from '../../../common/package-parity.js';
import type { Db } from '../../db/database.js';
import { questionPackages, questions } from '../../db/schema.js';
import { conflict, msg } from '../../errors.js';

/** Each package of the assessment with its question count and total points, by name. */
export async function packageSizes(db: Db, assessmentId: string): Promise<PackageSize[]> {
  const rows = await db
    .select({ name: questionPackages.name, questionCount: count(questions.id), totalPoints: sum(questions.points).mapWith(Number) })
    .from(questionPackages)
    .leftJoin(questions, eq(questions.packageId, questionPackages.id))
    .where(eq(questionPackages.assessmentId, assessmentId))
    .groupBy(questionPackages.id, questionPackages.name)
    .orderBy(asc(questionPackages.name));
  return rows.map((r) => ({ name: r.name, questionCount: r.questionCount, totalPoints: r.totalPoints ?? 0 }));
}

/**
 * Throws 409 `packages_differ` `{packages: [{name, questionCount, totalPoints}]}` when the packages
 * holding questions differ in question count or total points: a worker must not get a 2-question
 * exam while another gets 5. Call it with the assessment row locked (authoring writes queue there).
 */
export async function assertPackagesMatch(db: Db, assessmentId: string): Promise<void> {
  const differing = differingPackages(await packageSizes(db, assessmentId));
  if (!differing.length) return;
  throw conflict(
    'packages_differ',
    msg('assessment.packagesDiffer', { packages: describePackageSizes(differing) }),
    { packages: differing },
  );
}
