import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { assessments, competencies } from '../db/schema.js';
import { DEFAULT_TIME_ZONE } from '../../common/schemas/assessments.js';
import { insertAssessment } from '../domain/assessments/assessments-service.js';
import { assignInTransaction } from '../domain/assignments/assign-workers.js';
import { appendQuestions } from '../domain/question-bank/append-questions.js';
import { ensurePackages } from '../domain/question-bank/packages-service.js';
import { K3_ASSESSMENT, K3_COMPETENCY, K3_PACKAGES } from './k3-question-bank.js';

/** Arbitrary but fixed, beside the migration lock: instances seeding one database take turns. */
const DEMO_SEED_LOCK_KEY = 7_418_243_002;
const DAY_MS = 86_400_000;

/**
 * The contract's "one open demo assessment assigned to every worker", inside the caller's
 * transaction: the K3 assessment (found by title, created once, open from a day before the first
 * seeding for 30 days) certifying K3-01, and a session for each of `workerIds` who has none yet.
 */
export async function seedDemoAssessment(tx: Db, workerIds: string[]): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK_KEY})`);
  await tx.insert(competencies).values(K3_COMPETENCY).onConflictDoNothing();
  const [competency] = await tx.select({ id: competencies.id }).from(competencies).where(sql`lower(${competencies.code}) = lower(${K3_COMPETENCY.code})`);
  const [existing] = await tx.select({ id: assessments.id }).from(assessments).where(eq(assessments.title, K3_ASSESSMENT.title)).limit(1);
  const assessmentId = existing?.id ?? (await createDemoAssessment(tx, competency!.id));
  await assignInTransaction(tx, assessmentId, { userIds: workerIds });
}

async function createDemoAssessment(tx: Db, competencyId: string): Promise<string> {
  const now = Date.now();
  const id = await insertAssessment(
    tx,
    {
      ...K3_ASSESSMENT,
      opensAt: new Date(now - DAY_MS).toISOString(),
      closesAt: new Date(now + 30 * DAY_MS).toISOString(),
      shuffleQuestions: false,
      shuffleOptions: false,
      allowReview: true,
      overduePolicy: 'auto_submit',
      graceMinutes: null,
      published: true,
      competencyIds: [competencyId],
      timeZone: DEFAULT_TIME_ZONE,
    },
    null,
  );
  const { byName } = await ensurePackages(tx, id, K3_PACKAGES.map((p) => p.name));
  await appendQuestions(tx, K3_PACKAGES.flatMap((p) => p.questions.map((question) => ({ packageId: byName(p.name).id, question }))));
  return id;
}
