import type { Assessment } from '../../common/schemas/assessments.js';
import type { Competency } from '../../common/schemas/competencies.js';
import { assessmentStatus } from '../domain/assessments/assessment-status.js';
import type { AssessmentSummary } from '../domain/assessments/assessments-service.js';
import type { CompetencyRow } from '../domain/competencies/competencies-service.js';

export const presentAssessment = (a: AssessmentSummary, now = new Date()): Assessment => ({
  id: a.id,
  title: a.title,
  description: a.description,
  opensAt: a.opensAt.toISOString(),
  closesAt: a.closesAt.toISOString(),
  durationMinutes: a.durationMinutes,
  passScore: a.passScore,
  questionsPerPage: a.questionsPerPage,
  shuffleQuestions: a.shuffleQuestions,
  shuffleOptions: a.shuffleOptions,
  allowReview: a.allowReview,
  overduePolicy: a.overduePolicy,
  graceMinutes: a.graceMinutes,
  published: a.published,
  competencyIds: a.competencyIds,
  timeZone: a.timeZone,
  status: assessmentStatus(a, now),
  locked: a.started,
  packageCount: a.packageCount,
  questionCount: a.questionCount,
  sessionCount: a.sessionCount,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});

export const presentCompetency = (c: CompetencyRow): Competency => ({
  id: c.id,
  code: c.code,
  name: c.name,
  description: c.description,
  assessmentCount: c.assessmentCount,
});
