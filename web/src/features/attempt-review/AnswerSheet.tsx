import { TIME_ZONE_LABELS } from '@common/schemas/assessments';
import type { AttemptSummary } from '@common/schemas/attempts';
import { OPTION_LETTERS } from '@common/schemas/question-bank';
import { useTranslation } from 'react-i18next';
import { fetchSessionResult, type SessionResult } from '../../api/sessions';
import { Alert } from '../../components/Alert';
import { DataTable, type Column } from '../../components/DataTable';
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
  const columns: Column<Reviewed>[] = [
    { id: 'number', header: t('attemptReview.sheet.number'), kind: 'number', cell: (question) => question.position },
    { id: 'question', header: t('attemptReview.sheet.question'), kind: 'prose', cellProps: { className: 'attempt-question' }, cell: (question) => question.text },
    { id: 'chosen', header: t('attemptReview.sheet.chosen'), cell: (question) => <OptionCell question={question} optionId={question.chosenOptionId} /> },
    { id: 'key', header: t('attemptReview.sheet.key'), cell: (question) => <OptionCell question={question} optionId={question.correctOptionId} /> },
    { id: 'result', header: t('attemptReview.sheet.result'), cellProps: { className: 'cell-nowrap' }, cell: (question) => <Verdict question={question} /> },
    {
      id: 'points',
      header: t('attemptReview.sheet.points'),
      kind: 'number',
      cell: (question) => t('attemptReview.sheet.pointsOf', { earned: question.correct ? question.points : 0, points: question.points }),
    },
    {
      id: 'savedAt',
      header: t('attemptReview.sheet.savedAt', { zone: TIME_ZONE_LABELS[attempt.timeZone] }),
      cellProps: { className: 'cell-nowrap cell-mono' },
      cell: (question) => (question.savedAt ? formatDateTime(question.savedAt, i18n.language, { timeZone: attempt.timeZone, date: false, seconds: true }) : t('common.empty')),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={review}
      rowKey={(question) => question.questionId}
      rowProps={() => ({ 'data-testid': 'sheet-row' })}
      label={t('attemptReview.sheet.title')}
      className="table-compact attempt-sheet"
      testId="answer-sheet"
    />
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
