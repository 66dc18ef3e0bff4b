import { and, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { assessments, examSessions, questionPackages, questions, sessionAnswers, users } from '../../db/schema.js';
import type { AssessmentTimeZone } from '../../../common/schemas/assessments.js';
import type { SessionStatus } from '../../../common/schemas/sessions.js';
import { notFound } from '../../errors.js';

/**
 * What a monitoring row knows about a session. Built from a query that selects only these columns:
 * email, NIP and username are never read, so no presenter can leak them.
 */
export type MonitorRow = {
  sessionId: string;
  workerName: string;
  unit: string | null;
  packageName: string;
  questionCount: number;
  status: SessionStatus;
  deadline: Date | null;
  pausedAt: Date | null;
  lastSeenAt: Date | null;
  submitKind: string | null;
  answered: Set<string>;
};

export type MonitorState = { assessment: { id: string; title: string; questionCount: number; timeZone: AssessmentTimeZone }; rows: Map<string, MonitorRow> };

/** Three queries, whatever the number of sessions or viewers: sessions, question counts, answered pairs. */
export async function loadMonitorState(db: Db, assessmentId: string): Promise<MonitorState> {
  const [assessment] = await db
    .select({ id: assessments.id, title: assessments.title, timeZone: assessments.timeZone })
    .from(assessments)
    .where(eq(assessments.id, assessmentId));
  if (!assessment) throw notFound('Assessment');
  const sessions = await db
    .select({
      sessionId: examSessions.id,
      workerName: users.name,
      unit: users.unit,
      packageId: examSessions.packageId,
      packageName: questionPackages.name,
      status: examSessions.status,
      deadline: examSessions.deadline,
      pausedAt: examSessions.pausedAt,
      lastSeenAt: examSessions.lastSeenAt,
      submitKind: examSessions.submitKind,
    })
    .from(examSessions)
    .innerJoin(users, eq(users.id, examSessions.userId))
    .innerJoin(questionPackages, eq(questionPackages.id, examSessions.packageId))
    .where(and(eq(examSessions.assessmentId, assessmentId), isNull(examSessions.replacedAt)));
  const perPackage = await db
    .select({ packageId: questions.packageId, n: count() })
    .from(questions)
    .innerJoin(questionPackages, eq(questionPackages.id, questions.packageId))
    .where(eq(questionPackages.assessmentId, assessmentId))
    .groupBy(questions.packageId);
  const questionCount = new Map(perPackage.map((p) => [p.packageId, Number(p.n)]));
  const sessionIds = sessions.map((s) => s.sessionId);
  const answered = sessionIds.length
    ? await db
        .select({ sessionId: sessionAnswers.sessionId, questionId: sessionAnswers.questionId })
        .from(sessionAnswers)
        .where(and(inArray(sessionAnswers.sessionId, sessionIds), isNotNull(sessionAnswers.optionId)))
    : [];
  const rows = new Map<string, MonitorRow>(
    sessions.map(({ packageId, ...s }) => [s.sessionId, { ...s, questionCount: questionCount.get(packageId) ?? 0, answered: new Set<string>() }]),
  );
  for (const a of answered) rows.get(a.sessionId)?.answered.add(a.questionId);
  const { timeZone } = assessment;
  return { assessment: { ...assessment, timeZone, questionCount: Math.max(0, ...questionCount.values()) }, rows };
}
