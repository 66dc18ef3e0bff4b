export const takeExamPath = (sessionId: string) => `/me/assessments/${encodeURIComponent(sessionId)}/take`;
