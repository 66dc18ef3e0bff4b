import type { MySession } from '../../common/schemas/my-sessions.js';
import type { MySessionRow } from '../domain/my-sessions/list-my-sessions.js';

/** Remaining time only while the clock runs; the deadline was fixed by the server at start. */
export const presentMySession = (s: MySessionRow, now: Date): MySession => ({
  id: s.id,
  assessmentId: s.assessmentId,
  title: s.title,
  status: s.status,
  opensAt: s.opensAt.toISOString(),
  closesAt: s.closesAt.toISOString(),
  timeZone: s.timeZone,
  durationMinutes: s.durationMinutes,
  deadline: s.deadline?.toISOString() ?? null,
  remainingMs: s.status === 'in_progress' && s.deadline ? Math.max(0, s.deadline.getTime() - now.getTime()) : null,
  submittedAt: s.submittedAt?.toISOString() ?? null,
  score: s.score,
  passed: s.passed,
  passScore: s.passScore,
});
