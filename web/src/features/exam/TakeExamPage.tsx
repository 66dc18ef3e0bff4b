import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/errors';
import { startSession, type SessionView } from '../../api/sessions';
import { Alert } from '../../components/Alert';
import { LoadingState } from '../../components/LoadingState';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useLoader } from '../../hooks/useLoader';
import { reasonFromStatus } from './endReason';
import { loadEnding } from './examEnding';
import { browserStorage, OutboxStore } from './autosave/outboxStore';
import { errorMessage } from '../../i18n/errorMessage';
import { ExamOutcome } from './ExamOutcome';
import { ExamRoom } from './ExamRoom';
import { ExamTopBar } from './ExamTopBar';
import { PausedExam } from './PausedExam';
import { useExamAnswers } from './useExamOutbox';
import { useLateScore } from './useLateScore';
import './exam.css';

const LOAD_ERROR_CODES = ['not_open', 'exam_closed', 'not_found'];
/** Refusals no retry can change: the exam is closed for good, or not this worker's. */
const FINAL_LOAD_ERROR_CODES = ['exam_closed', 'not_found'];

function ExamFrame({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="exam-page">
      <ExamTopBar title={title} />
      <main id="main" className="exam-main exam-main-narrow">
        {children}
      </main>
    </div>
  );
}

/** A session that is already over (a revisit, or a reload after the end): its outcome. */
function FinishedExam({ view }: { view: SessionView }) {
  useDocumentTitle(view.title);
  const { data: loaded } = useLoader(() => {
    // Changes left on this device were never saved; say how many, then forget them.
    const store = new OutboxStore(browserStorage(), view.id);
    const unsent = Object.values(store.read().answers).filter((change) => change.seq > (view.answerSeq[change.questionId] ?? 0)).length;
    store.clear();
    return loadEnding(view.id, reasonFromStatus(view.status), null, unsent);
  }, `ending-${view.id}`);
  const ending = useLateScore(view.id, loaded ?? null);
  return <ExamFrame title={view.title}>{ending ? <ExamOutcome ending={ending} title={view.title} /> : <LoadingState />}</ExamFrame>;
}

/** Resumes the outbox against the server view before the first question is drawn. */
function RunningExam({ view, onReload }: { view: SessionView; onReload: () => void }) {
  const exam = useExamAnswers(view);
  if (!exam) return <LoadingState fullPage />;
  return <ExamRoom view={view} exam={exam} onReload={onReload} />;
}

/** `/me/assessments/:sessionId/take`: starts (or resumes) the session and runs the exam. */
export function TakeExamPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const { data: view, error, reload } = useLoader((signal) => startSession(sessionId, signal), `take-${sessionId}`);

  if (error) {
    const code = error instanceof ApiError ? error.code : '';
    return (
      <ExamFrame>
        <Alert tone="danger" action={FINAL_LOAD_ERROR_CODES.includes(code) ? undefined : { label: t('common.retry'), onClick: reload }} testId="exam-load-error">
          {LOAD_ERROR_CODES.includes(code) ? t(`exam.loadError.${code}`) : errorMessage(t, error)}
        </Alert>
        <Link to="/me/assessments">{t('exam.outcome.back')}</Link>
      </ExamFrame>
    );
  }
  if (!view) return <LoadingState fullPage />;
  if (view.status !== 'in_progress') return <FinishedExam view={view} />;
  // Paused by HC: the server holds the questions back until it resumes.
  if (view.paused && !view.questions.length) return <PausedExam view={view} onReload={reload} />;
  // Each start (e.g. "Continue here" after a take-over) is a fresh run of the exam on this page.
  return <RunningExam key={view.serverNow} view={view} onReload={reload} />;
}
