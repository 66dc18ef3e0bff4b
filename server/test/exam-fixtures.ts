import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { assessments, examSessions, questionOptions, questionPackages, questions, users } from '../db/schema.js';

export type ExamFixture = {
  assessmentId: string;
  packageId: string;
  /** Question ids in package order, with their option ids; `correct` is the right option's id. */
  questions: { id: string; options: string[]; correct: string }[];
  /** Session id per username. */
  sessions: Record<string, string>;
};

/**
 * An open assessment with one package of `questionCount` 4-option questions (option 0 correct,
 * 1 point each) and a not-started session for each of `workers`, written straight to the database
 * so delivery tests do not depend on the authoring API.
 */
export async function createExamFixture(
  db: Db,
  options: {
    workers?: string[];
    questionCount?: number;
    questionsPerPage?: number;
    durationMinutes?: number;
    opensAt?: Date;
    closesAt?: Date;
    passScore?: number;
    overdue?: { policy: 'auto_submit' } | { policy: 'grace'; minutes: number };
    shuffle?: boolean;
  } = {},
): Promise<ExamFixture> {
  const now = Date.now();
  const [assessment] = await db
    .insert(assessments)
    .values({
      title: 'Uji K3 Fixture',
      opensAt: options.opensAt ?? new Date(now - 3_600_000),
      closesAt: options.closesAt ?? new Date(now + 86_400_000),
      durationMinutes: options.durationMinutes ?? 30,
      passScore: options.passScore ?? 70,
      questionsPerPage: options.questionsPerPage ?? 10,
      shuffleQuestions: options.shuffle ?? false,
      shuffleOptions: options.shuffle ?? false,
      overduePolicy: options.overdue?.policy ?? 'auto_submit',
      graceMinutes: options.overdue?.policy === 'grace' ? options.overdue.minutes : null,
    })
    .returning();
  const [pkg] = await db.insert(questionPackages).values({ assessmentId: assessment!.id, name: 'A' }).returning();
  const made: ExamFixture['questions'] = [];
  const count = options.questionCount ?? 30;
  const qRows = await db
    .insert(questions)
    .values(Array.from({ length: count }, (_, i) => ({ packageId: pkg!.id, position: i + 1, text: `Question ${i + 1}?`, points: 1 })))
    .returning();
  const oRows = await db
    .insert(questionOptions)
    .values(qRows.flatMap((q) => [0, 1, 2, 3].map((k) => ({ questionId: q.id, position: k + 1, text: `Option ${'ABCD'[k]}`, isCorrect: k === 0 }))))
    .returning();
  for (const q of qRows.sort((a, b) => a.position - b.position)) {
    const opts = oRows.filter((o) => o.questionId === q.id).sort((a, b) => a.position - b.position);
    made.push({ id: q.id, options: opts.map((o) => o.id), correct: opts[0]!.id });
  }
  const workers = options.workers ?? ['worker1'];
  const people = await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, workers));
  const sessions = people.length
    ? await db
        .insert(examSessions)
        .values(people.map((p) => ({ assessmentId: assessment!.id, userId: p.id, packageId: pkg!.id })))
        .returning()
    : [];
  const byUser = new Map(people.map((p) => [p.id, p.username]));
  return {
    assessmentId: assessment!.id,
    packageId: pkg!.id,
    questions: made,
    sessions: Object.fromEntries(sessions.map((s) => [byUser.get(s.userId)!, s.id])),
  };
}

/** Moves a running session's deadline into the past (simulates the clock running out). */
export async function expireSession(db: Db, sessionId: string, msAgo = 60_000) {
  await db.update(examSessions).set({ deadline: new Date(Date.now() - msAgo) }).where(eq(examSessions.id, sessionId));
}
