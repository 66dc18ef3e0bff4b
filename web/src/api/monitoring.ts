import type { monitorRowsEvent, MonitorRowView, MonitorSnapshot } from '@common/schemas/monitoring';
import type { SessionStatus } from '@common/schemas/sessions';
import type { z } from 'zod';
import { request } from './client';

export type { MonitorRowView, MonitorSnapshot, SessionStatus };
export type Presence = MonitorRowView['presence'];
/** What the monitor stream pushes after its first `snapshot`: only the rows that changed. */
export type MonitorRowsEvent = z.infer<typeof monitorRowsEvent>;

export type SessionAction = 'pause' | 'resume' | 'extend' | 'close' | 'force-submit' | 'reset';
export type AssessmentAction = 'extend' | 'close';
export interface ControlInput {
  reason?: string;
  minutes?: number;
}

const path = (id: string) => encodeURIComponent(id);

export function getMonitorSnapshot(assessmentId: string, signal?: AbortSignal): Promise<MonitorSnapshot> {
  return request<MonitorSnapshot>(`/api/assessments/${path(assessmentId)}/monitor`, { signal });
}

/** The `text/event-stream` of one exam room: a `snapshot` on every (re)connect, then `rows`. */
export function monitorEventsUrl(assessmentId: string): string {
  return `/api/assessments/${path(assessmentId)}/monitor/events`;
}

/** One HC action on one session; a 409 `invalid_state` carries the session's current state. */
export function controlSession(sessionId: string, action: SessionAction, input: ControlInput): Promise<unknown> {
  return request(`/api/sessions/${path(sessionId)}/${action}`, { method: 'POST', body: input });
}

/** Close the whole assessment or extend everyone: `{closed}` or `{extended}` sessions. */
export function controlAssessment(assessmentId: string, action: AssessmentAction, input: ControlInput): Promise<{ closed?: number; extended?: number }> {
  return request(`/api/assessments/${path(assessmentId)}/${action}`, { method: 'POST', body: input });
}
