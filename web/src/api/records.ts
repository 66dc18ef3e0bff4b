import type { AuditActionsResponse, AuditEntry, AuditQuery, AuditResponse, CoacheeRecordsResponse, CoacheeResultRow } from '@common/schemas/records';
import { request } from './client';

export type { AuditEntry, AuditQuery, AuditResponse, CoacheeRecordsResponse, CoacheeResultRow };

/** One coachee's attempts and competency records, for their coach; 404 `not_found` for anyone else's. */
export function fetchCoacheeRecords(userId: string, signal?: AbortSignal): Promise<CoacheeRecordsResponse> {
  return request<CoacheeRecordsResponse>(`/api/me/coachees/${encodeURIComponent(userId)}/results`, { signal });
}

/** A page of the audit log (admin), newest first; pass `nextBefore` back as `before` for older entries. */
export function listAuditEntries(query: AuditQuery, signal?: AbortSignal): Promise<AuditResponse> {
  return request<AuditResponse>('/api/audit', { query: { ...query }, signal });
}

/** Every action the audit log holds, sorted, for the filter. */
export async function listAuditActions(signal?: AbortSignal): Promise<string[]> {
  return (await request<AuditActionsResponse>('/api/audit/actions', { signal })).actions;
}
