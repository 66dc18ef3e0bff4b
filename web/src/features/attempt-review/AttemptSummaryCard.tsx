import type { AttemptSummary } from '@common/schemas/attempts';
import { TIME_ZONE_LABELS } from '@common/schemas/assessments';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../i18n/duration';
import { formatDateTime } from '../../i18n/format';
import { usePercent } from '../../i18n/usePercent';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Score against the pass mark, with the verdict; a dash until the attempt is scored. */
function ScoreFact({ attempt }: { attempt: AttemptSummary }) {
  const { t } = useTranslation();
  const percent = usePercent();
  if (attempt.score === null) return <>{t('attemptReview.passMark', { pass: percent(attempt.passScore) })}</>;
  return (
    <>
      <span className="attempt-score">{percent(attempt.score)}</span>{' '}
      <span className={attempt.passed ? 'attempt-verdict attempt-verdict-pass' : 'attempt-verdict attempt-verdict-fail'}>
        {attempt.passed ? t('attemptReview.passed') : t('attemptReview.failed')}
      </span>
      <div className="cell-sub">{t('attemptReview.passMark', { pass: percent(attempt.passScore) })}</div>
    </>
  );
}

/** Who took which assessment, which attempt, how it went and when: the top of HC's attempt page. */
export function AttemptSummaryCard({ attempt }: { attempt: AttemptSummary }) {
  const { t, i18n } = useTranslation();
  const time = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language, { timeZone: attempt.timeZone, seconds: true, zoneName: true }) : t('common.empty'));
  const usedSeconds = attempt.startedAt && attempt.submittedAt ? (Date.parse(attempt.submittedAt) - Date.parse(attempt.startedAt)) / 1000 : null;
  return (
    <section className="card attempt-summary" aria-label={t('attemptReview.summaryLabel')}>
      <dl className="facts attempt-facts" data-testid="attempt-summary">
        <Fact label={t('attemptReview.facts.assessment')}>
          <span className="cell-strong">{attempt.assessmentTitle}</span>
          <div className="cell-sub">{t('attemptReview.package', { name: attempt.packageName })}</div>
        </Fact>
        <Fact label={t('attemptReview.facts.worker')}>
          <span className="cell-strong">{attempt.workerName}</span>
          {attempt.unit && <div className="cell-sub">{attempt.unit}</div>}
        </Fact>
        <Fact label={t('attemptReview.facts.attempt')} testId="attempt-number">
          {t('attemptReview.attemptNumber', { number: attempt.attempt })}
          {attempt.replaced && <div className="cell-sub">{t('attemptReview.replaced')}</div>}
        </Fact>
        <Fact label={t('attemptReview.facts.status')}>
          <span className={`status status-${attempt.status}`}>{t(`sessionStatus.${attempt.status}`)}</span>
          {attempt.submitKind && <div className="cell-sub">{t(`attemptReview.submitKind.${attempt.submitKind}`)}</div>}
        </Fact>
        <Fact label={t('attemptReview.facts.score')} testId="attempt-score">
          <ScoreFact attempt={attempt} />
        </Fact>
        <Fact label={t('attemptReview.facts.started')}>{time(attempt.startedAt)}</Fact>
        <Fact label={t('attemptReview.facts.deadline')}>
          {time(attempt.deadline)}
          {attempt.extensionMinutes > 0 && <div className="cell-sub">{t('attemptReview.extended', { count: attempt.extensionMinutes })}</div>}
        </Fact>
        <Fact label={t('attemptReview.facts.submitted')}>
          {time(attempt.submittedAt)}
          {usedSeconds !== null && (
            <div className="cell-sub">{t('attemptReview.timeUsed', { duration: formatDuration(usedSeconds, t) })}</div>
          )}
        </Fact>
      </dl>
      <p className="muted attempt-zone-note">{t('attemptReview.zoneNote', { zone: TIME_ZONE_LABELS[attempt.timeZone] })}</p>
    </section>
  );
}
