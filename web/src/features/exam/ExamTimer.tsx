import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRemaining, timeWarningFor, type ExamClock } from './examClock';
import { useRemainingMs } from './useCountdown';

/** The countdown: server time left, advanced by the monotonic clock (see ExamClock); coloured as the warnings (ExamAlerts) say. */
export function ExamTimer({ clock, durationMs }: { clock: ExamClock; durationMs: number }) {
  const { t } = useTranslation();
  const labelId = useId();
  const remaining = useRemainingMs(clock) ?? 0;
  const warning = timeWarningFor(durationMs, remaining);
  return (
    <div className={`exam-timer${warning ? ` exam-timer-${warning.level}` : ''}`}>
      <span className="exam-timer-label" id={labelId}>
        {t('exam.timer')}
      </span>
      <span role="timer" aria-labelledby={labelId} className="exam-timer-value" data-testid="timer" data-remaining-ms={Math.round(remaining)}>
        {formatRemaining(remaining)}
      </span>
    </div>
  );
}
