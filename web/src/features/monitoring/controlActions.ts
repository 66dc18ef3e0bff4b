import type { AssessmentAction, MonitorRowView, SessionAction } from '../../api/monitoring';
import { isPaused } from './feedState';

/** What HC is about to act on: one worker's session, or the whole assessment. */
export type ControlTarget =
  | { scope: 'session'; action: SessionAction; row: MonitorRowView }
  | { scope: 'assessment'; action: AssessmentAction; assessmentId: string; title: string };

const ENDING_ACTIONS: ReadonlySet<string> = new Set(['close', 'force-submit', 'reset']);

/** Ending or wiping attempts cannot be undone: it needs a reason for the audit log and a red button. */
export const endsAttempts = (target: Pick<ControlTarget, 'action'>) => ENDING_ACTIONS.has(target.action);
export const needsMinutes = (target: Pick<ControlTarget, 'action'>) => target.action === 'extend';

export const MIN_EXTEND_MINUTES = 1;
export const MAX_EXTEND_MINUTES = 240;

/** The actions that apply to a session in its current state, in menu order (the server refuses the rest with 409). */
export function actionsFor(row: MonitorRowView): SessionAction[] {
  switch (row.status) {
    case 'not_started':
      return ['extend', 'close'];
    case 'in_progress':
      return [isPaused(row) ? 'resume' : 'pause', 'extend', 'force-submit', 'close', 'reset'];
    default:
      return ['reset'];
  }
}

/** The i18n key prefix of a target's texts, e.g. `monitoring.actions.session.pause`. */
export const actionKey = (target: Pick<ControlTarget, 'scope' | 'action'>) => `monitoring.actions.${target.scope}.${target.action}`;
