import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { announcedMinuteMark, formatRemaining, timeWarningFor, type ExamClock } from './examClock';
import { useRemainingMs } from './useCountdown';

/**
 * The countdown: server time left, advanced by the monotonic clock (see ExamClock); coloured as the
 * warnings (ExamAlerts) say. The ticking value is a `timer` (not live, so screen readers are not
 * told every second); a hidden polite region reads out a minute mark every ten minutes instead,
 * and falls silent once the time warnings speak.
 */
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
      <span className="visually-hidden" aria-live="polite" data-testid="timer-mark">
        {warning ? '' : t('exam.timerMark', { minutes: announcedMinuteMark(remaining) })}
      </span>
    </div>
  );
}
