import { listMySessions } from '../../api/me';
import type { SessionView } from '../../api/sessions';
import { useLoader } from '../../hooks/useLoader';

/**
 * The exam's length in ms, for warnings relative to it. The session view carries only the time
 * left, so the length comes from the worker's session list. Until it arrives (or if it cannot),
 * the time left at opening stands in: a lower bound that never makes a warning greet the worker.
 */
export function useExamDuration(view: SessionView): number {
  const { data: sessions } = useLoader((signal) => listMySessions(signal), `duration-${view.id}`);
  const minutes = sessions?.find((session) => session.id === view.id)?.durationMinutes;
  return Math.max(minutes ? minutes * 60_000 : 0, view.remainingMs ?? 0);
}
