import type { MySession } from '@common/schemas/my-sessions';
import type { CompetencyRecord, MyCompetenciesResponse } from '@common/schemas/records';
import type { SessionStatus } from '@common/schemas/sessions';
import type { coacheeSummary } from '@common/schemas/users';
import type { z } from 'zod';
import { request } from './client';
import { ApiError } from './errors';

export type { CompetencyRecord, MySession, SessionStatus };

/** A coachee as their coach sees them (`GET /api/me/coachees`). */
export type Coachee = z.infer<typeof coacheeSummary>;

/** A 404 means the endpoint is not there yet: treat it as an empty list. */
async function listOrEmpty<T>(load: () => Promise<T[]>): Promise<T[]> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}

export function listMySessions(signal?: AbortSignal): Promise<MySession[]> {
  return listOrEmpty(async () => (await request<{ sessions: MySession[] }>('/api/me/sessions', { signal })).sessions);
}

export function listMyCoachees(signal?: AbortSignal): Promise<Coachee[]> {
  return listOrEmpty(async () => (await request<{ coachees: Coachee[] }>('/api/me/coachees', { signal })).coachees);
}

/** The competencies the caller holds, newest achievement first (`GET /api/me/competencies`). */
export async function listMyCompetencies(signal?: AbortSignal): Promise<CompetencyRecord[]> {
  return (await request<MyCompetenciesResponse>('/api/me/competencies', { signal })).competencies;
}
