import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchSessionResult, type SessionResult } from '../../api/sessions';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { formatDateTime } from '../../i18n/format';
import { PassedBadge } from '../results/ResultCells';
import { AnswerReview } from './AnswerReview';
import { MY_RESULTS_PATH } from './paths';
import { usePercent } from '../../i18n/usePercent';
import './my-results.css';

/** "Nilai 80% – batas lulus 70%", passed or not, answered, points and when it ended. */
function ResultSummary({ result }: { result: SessionResult }) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  return (
    <section className="card" data-testid="my-result-summary" data-score={result.score} data-passed={result.passed}>
      <p className="result-score-line" data-testid="my-result-score">
        {t('myResults.scoreLine', { score: percent(result.score), passScore: percent(result.passScore) })}{' '}
        <PassedBadge passed={result.passed} />
      </p>
      <dl className="facts result-facts">
        <div>
          <dt>{t('myResults.facts.answered')}</dt>
          <dd data-testid="my-result-answered">{t('exam.outcome.answered', { answered: result.answeredCount, total: result.questionCount })}</dd>
        </div>
        <div>
          <dt>{t('myResults.facts.points')}</dt>
          <dd>{t('myResults.pointsOf', { points: result.scorePoints, max: result.maxPoints })}</dd>
        </div>
        <div>
          <dt>{t('myResults.facts.submittedAt')}</dt>
          <dd>{formatDateTime(result.submittedAt, i18n.language, { timeZone: result.timeZone, zoneName: true }) || t('common.empty')}</dd>
        </div>
      </dl>
    </section>
  );
}

/** `/me/results/:sessionId`: one finished attempt of the worker, with its review where allowed. */
export function MyResultPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const { data: result, error, reload } = useLoader((signal) => fetchSessionResult(sessionId, signal), `my-result-${sessionId}`);
  const back = <BackLink to={MY_RESULTS_PATH}>{t('myResults.back')}</BackLink>;
  if (error) {
    return (
      <>
        {back}
        <PageHeader title={t('myResults.resultTitle')} />
        <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>
          {errorMessage(t, error)}
        </Alert>
      </>
    );
  }
  if (!result) return <LoadingState />;
  return (
    <>
      {back}
      <PageHeader title={result.title} description={t('myResults.resultIntro')} />
      <ResultSummary result={result} />
      <AnswerReview review={result.review} />
    </>
  );
}
