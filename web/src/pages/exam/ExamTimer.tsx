import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRemaining, timeWarningFor, type ExamClock } from '../../exam/examClock';
import { useRemainingMs } from './useCountdown';

/** The countdown: server time left, advanced by the monotonic clock (see ExamClock). */
export function ExamTimer({ clock }: { clock: ExamClock }) {
  const { t } = useTranslation();
  const labelId = useId();
  const remaining = useRemainingMs(clock) ?? 0;
  const warning = timeWarningFor(remaining);
  return (
    <div className={`exam-timer${warning ? ` exam-timer-${warning}` : ''}`}>
      <span className="exam-timer-label" id={labelId}>
        {t('exam.timer')}
      </span>
      <span role="timer" aria-labelledby={labelId} className="exam-timer-value" data-testid="timer" data-remaining-ms={Math.round(remaining)}>
        {formatRemaining(remaining)}
      </span>
    </div>
  );
}

/** The 5- and 1-minute warnings, announced once each as the clock passes them. */
export function TimeWarningBanner({ clock }: { clock: ExamClock }) {
  const { t } = useTranslation();
  const warning = timeWarningFor(useRemainingMs(clock));
  if (!warning) return null;
  return (
    <div className={`alert ${warning === 'one_minute' ? 'alert-danger' : 'alert-warning'}`} role="alert" data-testid="time-warning" data-level={warning}>
      <div className="alert-body">{t(`exam.warning.${warning}`)}</div>
    </div>
  );
}
