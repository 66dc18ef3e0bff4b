import type { AttemptSummary } from '@common/schemas/attempts';
import { OPTION_LETTERS } from '@common/schemas/question-bank';
import { useTranslation } from 'react-i18next';
import { fetchSessionResult, type SessionResult } from '../../api/sessions';
import { Alert } from '../../components/Alert';
import { LoadingState } from '../../components/LoadingState';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { formatDateTime } from '../../i18n/format';

type Reviewed = NonNullable<SessionResult['review']>[number];

const ENDED: readonly string[] = ['submitted', 'closed', 'abandoned'];
/** "B. Helm" for an option of the question, by its position as the worker saw it. */
function OptionCell({ question, optionId }: { question: Reviewed; optionId: string | null }) {
  const { t } = useTranslation();
  const index = question.options.findIndex((o) => o.id === optionId);
  if (index < 0) return <span className="muted">{t('attemptReview.sheet.unanswered')}</span>;
  return (
    <span>
      <span className="attempt-letter">{OPTION_LETTERS[index]}</span> {question.options[index]!.text}
    </span>
  );
}

function Verdict({ question }: { question: Reviewed }) {
  const { t } = useTranslation();
  if (question.chosenOptionId === null) return <span className="verdict verdict-unanswered">{t('attemptReview.sheet.none')}</span>;
  return question.correct ? (
    <span className="verdict verdict-right">✓ {t('attemptReview.sheet.right')}</span>
  ) : (
    <span className="verdict verdict-wrong">✗ {t('attemptReview.sheet.wrong')}</span>
  );
}

function SheetTable({ review, attempt }: { review: Reviewed[]; attempt: AttemptSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-compact attempt-sheet" data-testid="answer-sheet">
        <thead>
          <tr>
            <th scope="col" className="cell-number">
              {t('attemptReview.sheet.number')}
            </th>
            <th scope="col">{t('attemptReview.sheet.question')}</th>
            <th scope="col">{t('attemptReview.sheet.chosen')}</th>
            <th scope="col">{t('attemptReview.sheet.key')}</th>
            <th scope="col">{t('attemptReview.sheet.result')}</th>
            <th scope="col" className="cell-number">
              {t('attemptReview.sheet.points')}
            </th>
            <th scope="col">{t('attemptReview.sheet.savedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {review.map((question) => (
            <tr key={question.questionId} data-testid="sheet-row">
              <td className="cell-number">{question.position}</td>
              <td className="attempt-question">{question.text}</td>
              <td>
                <OptionCell question={question} optionId={question.chosenOptionId} />
              </td>
              <td>
                <OptionCell question={question} optionId={question.correctOptionId} />
              </td>
              <td className="cell-nowrap">
                <Verdict question={question} />
              </td>
              <td className="cell-number">{t('attemptReview.sheet.pointsOf', { earned: question.correct ? question.points : 0, points: question.points })}</td>
              <td className="cell-nowrap cell-mono">{question.savedAt ? formatDateTime(question.savedAt, i18n.language, { timeZone: attempt.timeZone, date: false, seconds: true }) : t('common.empty')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Each question as the worker saw it, with the chosen and the correct option and when the kept
 * answer was saved. Exists once the attempt has ended; before that the timeline holds every save.
 */
export function AnswerSheet({ attempt }: { attempt: AttemptSummary }) {
  const { t } = useTranslation();
  const ended = ENDED.includes(attempt.status);
  const { data, error, loading, reload } = useLoader((signal) => (ended ? fetchSessionResult(attempt.sessionId, signal) : Promise.resolve(null)), `sheet-${attempt.sessionId}-${attempt.status}`);
  if (!ended) return <p className="muted" data-testid="sheet-pending">{t('attemptReview.sheet.pending')}</p>;
  if (error) {
    return (
      <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>
        {errorMessage(t, error)}
      </Alert>
    );
  }
  if (loading || !data?.review) return <LoadingState />;
  return <SheetTable review={data.review} attempt={attempt} />;
}
