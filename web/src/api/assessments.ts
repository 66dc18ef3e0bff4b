import type { Assessment, AssessmentStatus, CreateAssessmentRequest, UpdateAssessmentRequest } from '@common/schemas/assessments';
import { request } from './client';

export type { Assessment, AssessmentStatus };
/** What the editor sends when creating (every field, already checked by the form). */
export type NewAssessment = CreateAssessmentRequest;
export type AssessmentChanges = UpdateAssessmentRequest;

const assessmentPath = (id: string) => `/api/assessments/${encodeURIComponent(id)}`;

export async function listAssessments(signal?: AbortSignal): Promise<Assessment[]> {
  return (await request<{ assessments: Assessment[] }>('/api/assessments', { signal })).assessments;
}

export function getAssessment(id: string, signal?: AbortSignal): Promise<Assessment> {
  return request<Assessment>(assessmentPath(id), { signal });
}

export function createAssessment(input: NewAssessment): Promise<Assessment> {
  return request<Assessment>('/api/assessments', { method: 'POST', body: input });
}

export function updateAssessment(id: string, changes: AssessmentChanges): Promise<Assessment> {
  return request<Assessment>(assessmentPath(id), { method: 'PATCH', body: changes });
}

export async function deleteAssessment(id: string): Promise<void> {
  await request<void>(assessmentPath(id), { method: 'DELETE' });
}
