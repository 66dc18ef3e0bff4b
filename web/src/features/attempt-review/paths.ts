/** HC's page of one attempt: its answer sheet and timeline. */
export const attemptPath = (sessionId: string) => `/hc/attempts/${encodeURIComponent(sessionId)}`;
