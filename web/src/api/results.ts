import type { SessionStatus } from '@common/schemas/sessions';
import { request } from './client';

/** One worker's row of `GET /api/assessments/:id/results`. */
export interface ResultRow {
  sessionId: string;
  workerName: string;
  unit: string | null;
  packageName: string;
  status: SessionStatus;
  startedAt: string | null;
  submittedAt: string | null;
  submitKind: string | null;
  score: number | null;
  scorePoints: number | null;
  maxPoints: number | null;
  passed: boolean | null;
}

export interface AssessmentResults {
  assessment: { id: string; title: string; passScore: number };
  results: ResultRow[];
}

export function getAssessmentResults(assessmentId: string, signal?: AbortSignal): Promise<AssessmentResults> {
  return request<AssessmentResults>(`/api/assessments/${encodeURIComponent(assessmentId)}/results`, { signal });
}

export const resultsWorkbookUrl = (assessmentId: string) => `/api/assessments/${encodeURIComponent(assessmentId)}/results.xlsx`;
