import { useTranslation } from 'react-i18next';
import { timeWarningFor, type ExamClock } from './examClock';
import type { OutboxSnapshot } from './autosave/outbox';
import { useRemainingMs } from './useCountdown';
import { useHeldFor } from './useHeldFor';
import { UNREACHABLE_AFTER_MS, unsentAtRisk } from './unsentRisk';
import './examAids.css';

interface ExamAlertsProps {
  clock: ExamClock;
  /** The exam's length in ms (see useExamDuration): the warnings are relative to it. */
  durationMs: number;
  snapshot: OutboxSnapshot;
}

/**
 * The time warning ("less than 3 minutes left") and, when time is short, the answers that have not
 * reached the server. Drawn inside the sticky exam header so they never scroll out of sight; a
 * polite live region reads each change out once.
 */
export function ExamAlerts({ clock, durationMs, snapshot }: ExamAlertsProps) {
  const { t } = useTranslation();
  const warning = timeWarningFor(durationMs, useRemainingMs(clock));
  const stuck = useHeldFor(snapshot.waiting > 0, UNREACHABLE_AFTER_MS);
  const unsent = unsentAtRisk(snapshot, stuck, warning !== null);
  const thresholdText = (ms: number) => (ms >= 60_000 ? t('exam.timeWarning.minutes', { count: Math.round(ms / 60_000) }) : t('exam.timeWarning.seconds', { count: Math.round(ms / 1000) }));
  return (
    <div className="exam-alerts" aria-live="polite" data-testid="exam-alerts">
      {warning && (
        <p className={`exam-alert exam-alert-${warning.level}`} data-testid="time-warning" data-level={warning.level}>
          {t(`exam.timeWarning.${warning.level}`, { time: thresholdText(warning.thresholdMs) })}
        </p>
      )}
      {unsent > 0 && (
        <p className="exam-alert exam-alert-final" data-testid="unsent-warning" data-count={unsent}>
          {t('exam.timeWarning.unsent', { count: unsent })}
        </p>
      )}
    </div>
  );
}
