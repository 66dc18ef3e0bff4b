/** Why the exam page stopped taking answers; each has its own sentence on the outcome page. */
export type EndReason = 'submitted' | 'time_up' | 'closed' | 'forced' | 'reset' | 'ended';

/** From a pushed or polled status change. Null when only the result can tell (e.g. "submitted" by whom?). */
export function reasonFromStatus(status: string, reason?: string | null): EndReason | null {
  switch (reason) {
    case 'closed':
      return 'closed';
    case 'auto_submitted':
      return 'time_up';
    case 'reset':
      return 'reset';
    case 'force_submitted':
    case 'forced':
      return 'forced';
  }
  if (status === 'closed') return 'closed';
  if (status === 'abandoned') return 'ended';
  // A session that is no longer started was reset by HC and replaced by a new one.
  if (status === 'not_started') return 'reset';
  return null;
}

/** From the 409 code of a refused save or submit. */
export function reasonFromCode(code: string): EndReason | null {
  if (code === 'time_up') return 'time_up';
  if (code === 'exam_closed') return 'closed';
  return null;
}

/** From the stored result: who or what submitted it. */
export function reasonFromSubmitKind(kind: string | null | undefined): EndReason {
  switch (kind) {
    case 'worker':
      return 'submitted';
    case 'auto':
      return 'time_up';
    case 'forced':
      return 'forced';
    case 'closed':
      return 'closed';
    default:
      return 'ended';
  }
}
