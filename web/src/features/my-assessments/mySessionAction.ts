import type { MySession } from '../../api/me';

/** What the worker can do with one of their sessions on "My assessments". */
export type MySessionAction = 'start' | 'resume' | 'result' | 'closed';

/**
 * `closed` when there is nothing left to open: HC closed the assessment before the worker started
 * (status closed, never given a deadline), or the window ended unstarted (`now` in ms since the
 * epoch). Such a session has no result, and starting would be refused: no button leads there.
 */
export function mySessionAction(session: Pick<MySession, 'status' | 'deadline' | 'closesAt'>, now: number): MySessionAction {
  if (session.status === 'not_started') return Date.parse(session.closesAt) <= now ? 'closed' : 'start';
  if (session.status === 'in_progress') return 'resume';
  if (session.status === 'closed' && session.deadline === null) return 'closed';
  return 'result';
}
