import type { AttemptTimeline } from '@common/schemas/attempts';
import { request } from '../../api/client';

export type { AttemptTimeline };

/** `GET /api/sessions/:id/timeline` (hc, admin): the attempt's summary and its merged timeline. */
export function getAttemptTimeline(sessionId: string, signal?: AbortSignal): Promise<AttemptTimeline> {
  return request<AttemptTimeline>(`/api/sessions/${encodeURIComponent(sessionId)}/timeline`, { signal });
}
