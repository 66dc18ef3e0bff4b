import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/Alert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { AnswerSheet } from './AnswerSheet';
import { getAttemptTimeline } from './attemptApi';
import { AttemptSummaryCard } from './AttemptSummaryCard';
import { TimelinePanel } from './TimelinePanel';
import './attempt-review.css';

/**
 * HC's page of one attempt (`/hc/attempts/:sessionId`), the one to open when a worker says "I
 * answered that": who, which attempt and how it ended; the answer sheet; and the timeline of every
 * save, page, device, silence and HC action, in the assessment's time zone.
 */
export function AttemptReviewPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const { data, error, loading, reload } = useLoader((signal) => getAttemptTimeline(sessionId, signal), `attempt-${sessionId}`);

  if (error) {
    return (
      <>
        <PageHeader title={t('attemptReview.title')} />
        <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>
          {errorMessage(t, error)}
        </Alert>
      </>
    );
  }
  if (loading || !data) return <LoadingState />;
  const { attempt, entries } = data;
  return (
    <>
      <Link to={`/hc/results?assessment=${encodeURIComponent(attempt.assessmentId)}`} className="back-link" data-testid="attempt-back">
        ← {t('attemptReview.back')}
      </Link>
      <PageHeader title={t('attemptReview.heading', { name: attempt.workerName, number: attempt.attempt })} description={t('attemptReview.intro')} />
      <AttemptSummaryCard attempt={attempt} />
      <section className="card" aria-labelledby="answer-sheet-heading">
        <h2 id="answer-sheet-heading">{t('attemptReview.sheet.title')}</h2>
        <p className="muted">{t('attemptReview.sheet.intro')}</p>
        <AnswerSheet attempt={attempt} />
      </section>
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('attemptReview.timeline.title')}</h2>
        <p className="muted">{t('attemptReview.timeline.intro')}</p>
        <TimelinePanel attempt={attempt} entries={entries} />
      </section>
    </>
  );
}
