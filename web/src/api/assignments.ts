import type { AssignRequest, Assignment, AssignResponse } from '@common/schemas/assignments';
import type { coacheeSummary } from '@common/schemas/users';
import type { z } from 'zod';
import { request } from './client';

export type { Assignment, AssignResponse };
export type CoacheeCandidate = z.infer<typeof coacheeSummary>;

const assignmentsPath = (assessmentId: string) => `/api/assessments/${encodeURIComponent(assessmentId)}/assignments`;

export async function listAssignments(assessmentId: string, signal?: AbortSignal): Promise<Assignment[]> {
  return (await request<{ assignments: Assignment[] }>(assignmentsPath(assessmentId), { signal })).assignments;
}

/** Idempotent: workers who already have a session keep it (counted as `alreadyAssigned`). */
export function assignWorkers(assessmentId: string, body: AssignRequest): Promise<AssignResponse> {
  return request<AssignResponse>(assignmentsPath(assessmentId), { method: 'POST', body });
}

/** Only before the worker starts; afterwards 409 `locked`. */
export async function unassignWorker(assessmentId: string, userId: string): Promise<void> {
  await request<void>(`${assignmentsPath(assessmentId)}/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}

export async function searchCoachees(filter: { q: string; unit: string }, signal?: AbortSignal): Promise<CoacheeCandidate[]> {
  return (await request<{ coachees: CoacheeCandidate[] }>('/api/coachees', { query: filter, signal })).coachees;
}

export async function listUnits(signal?: AbortSignal): Promise<string[]> {
  return (await request<{ units: string[] }>('/api/units', { signal })).units;
}
