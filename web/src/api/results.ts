import type { RekeyRequest, RekeyResponse } from '@common/schemas/records';
import type { AssessmentResults, ItemAnalysis } from '@common/schemas/results';
import { request } from './client';

export type { AssessmentResults, ItemAnalysis };
export type { ItemFlag, ItemStatistics, ResultRow } from '@common/schemas/results';

const assessmentPath = (assessmentId: string) => `/api/assessments/${encodeURIComponent(assessmentId)}`;

/** Every attempt of the assessment, earlier attempts of a reset included (`replaced: true`). */
export function getAssessmentResults(assessmentId: string, signal?: AbortSignal): Promise<AssessmentResults> {
  return request<AssessmentResults>(`${assessmentPath(assessmentId)}/results`, { signal });
}

/** Per-question statistics over the submitted, non-replaced attempts. */
export function getItemAnalysis(assessmentId: string, signal?: AbortSignal): Promise<ItemAnalysis> {
  return request<ItemAnalysis>(`${assessmentPath(assessmentId)}/item-analysis`, { signal });
}

/** The .xlsx export, its labels in `language`. */
export const resultsWorkbookUrl = (assessmentId: string, language: string) => `${assessmentPath(assessmentId)}/results.xlsx?lang=${encodeURIComponent(language)}`;

/** Makes `optionId` the question's key and re-scores every scored attempt of its package. */
export function rekeyQuestion(questionId: string, body: RekeyRequest): Promise<RekeyResponse> {
  return request<RekeyResponse>(`/api/questions/${encodeURIComponent(questionId)}/key`, { method: 'POST', body });
}
