import type { Competency, CreateCompetencyRequest, UpdateCompetencyRequest } from '@common/schemas/competencies';
import { request } from './client';

export type { Competency };
export type CompetencyInput = CreateCompetencyRequest;

const competencyPath = (id: string) => `/api/competencies/${encodeURIComponent(id)}`;

export async function listCompetencies(signal?: AbortSignal): Promise<Competency[]> {
  return (await request<{ competencies: Competency[] }>('/api/competencies', { signal })).competencies;
}

export function createCompetency(input: CompetencyInput): Promise<Competency> {
  return request<Competency>('/api/competencies', { method: 'POST', body: input });
}

export function updateCompetency(id: string, changes: UpdateCompetencyRequest): Promise<Competency> {
  return request<Competency>(competencyPath(id), { method: 'PATCH', body: changes });
}

export async function deleteCompetency(id: string): Promise<void> {
  await request<void>(competencyPath(id), { method: 'DELETE' });
}
