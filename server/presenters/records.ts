import type { AssessmentTimeZone } from '../../common/schemas/assessments.js';
import type { AuditEntry, CoacheeResultRow, CompetencyRecord } from '../../common/schemas/records.js';
import type { SessionStatus } from '../../common/schemas/sessions.js';
import type { CompetencyRecordRow } from '../domain/records/competency-records.js';

export const presentCompetencyRecord = (r: CompetencyRecordRow): CompetencyRecord => ({
  competencyId: r.competencyId,
  code: r.code,
  name: r.name,
  achievedAt: r.achievedAt.toISOString(),
  assessmentId: r.assessmentId,
  assessmentTitle: r.assessmentTitle,
  assessmentTimeZone: r.assessmentTimeZone,
});

/** A coachee's attempt for their coach: results only, never answers or account fields. */
export const presentCoacheeResult = (r: {
  assessmentId: string;
  assessmentTitle: string;
  sessionId: string;
  attempt: number;
  replacedAt: Date | null;
  status: SessionStatus;
  score: number | null;
  passScore: number;
  passed: boolean | null;
  submittedAt: Date | null;
  assessmentTimeZone: AssessmentTimeZone;
}): CoacheeResultRow => ({
  assessmentId: r.assessmentId,
  assessmentTitle: r.assessmentTitle,
  sessionId: r.sessionId,
  attempt: r.attempt,
  replaced: r.replacedAt !== null,
  status: r.status,
  score: r.score,
  passScore: r.passScore,
  passed: r.passed,
  submittedAt: r.submittedAt?.toISOString() ?? null,
  assessmentTimeZone: r.assessmentTimeZone,
});

export const presentAuditEntry = (e: {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}): AuditEntry => ({ ...e, at: e.at.toISOString() });
