import type { resultResponse, saveAnswerResponse, sessionStatusResponse, SessionView, submitResponse } from '@common/schemas/sessions';
import type { z } from 'zod';
import { request } from './client';

export type { SessionView };
export type SessionStatusReport = z.infer<typeof sessionStatusResponse>;
export type SubmitResult = z.infer<typeof submitResponse>;
export type SessionResult = z.infer<typeof resultResponse>;
export type SavedAnswer = z.infer<typeof saveAnswerResponse>;

const base = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;

/** Starts the exam, or resumes it when it is already running (idempotent). */
export function startSession(sessionId: string, signal?: AbortSignal): Promise<SessionView> {
  return request<SessionView>(`${base(sessionId)}/start`, { method: 'POST', signal });
}

export function saveAnswer(sessionId: string, questionId: string, body: { optionId: string | null; seq: number; clientTime: string }): Promise<SavedAnswer> {
  return request<SavedAnswer>(`${base(sessionId)}/answers/${encodeURIComponent(questionId)}`, { method: 'PUT', body });
}

export function savePosition(sessionId: string, pageIndex: number): Promise<{ pageIndex: number }> {
  return request(`${base(sessionId)}/position`, { method: 'PUT', body: { pageIndex } });
}

export function sendHeartbeat(sessionId: string): Promise<{ status: string }> {
  return request(`${base(sessionId)}/heartbeat`, { method: 'POST' });
}

export function submitSession(sessionId: string): Promise<SubmitResult> {
  return request<SubmitResult>(`${base(sessionId)}/submit`, { method: 'POST' });
}

export function fetchSessionStatus(sessionId: string): Promise<SessionStatusReport> {
  return request<SessionStatusReport>(`${base(sessionId)}/status`);
}

export function fetchSessionResult(sessionId: string, signal?: AbortSignal): Promise<SessionResult> {
  return request<SessionResult>(`${base(sessionId)}/result`, { signal });
}

export function sessionEventsUrl(sessionId: string): string {
  return `${base(sessionId)}/events`;
}
