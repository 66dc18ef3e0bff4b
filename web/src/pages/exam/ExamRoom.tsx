import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../api/sessions';
import { Alert } from '../../components/Alert';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ExamOutcome } from './ExamOutcome';
import { ExamProgress } from './ExamProgress';
import { ExamTimer, TimeWarningBanner } from './ExamTimer';
import { ExamTopBar } from './ExamTopBar';
import { PageNavigation } from './PageNavigation';
import { QuestionCard } from './QuestionCard';
import { QuestionPalette } from './QuestionPalette';
import { ReviewScreen } from './ReviewScreen';
import { SaveStateBadge } from './SaveStateBadge';
import { SubmitDialog } from './SubmitDialog';
import type { ExamAnswers } from './useExamOutbox';
import { useExamRoom, type FocusRequest } from './useExamRoom';

/** After a navigation: the new page's heading (read out, page scrolled up) or the question jumped to. */
function useFocusAfterNavigation(request: FocusRequest | null, headingId: string) {
  useEffect(() => {
    if (!request) return;
    if (request.target === 'question') {
      const card = document.getElementById(`question-${request.index}`);
      card?.scrollIntoView({ block: 'start' });
      card?.querySelector<HTMLInputElement>('input:checked, input')?.focus({ preventScroll: true });
    } else {
      window.scrollTo({ top: 0 });
      document.getElementById(headingId)?.focus({ preventScroll: true });
    }
  }, [request, headingId]);
}

/** A running exam: one page of questions, the palette and progress beside it, submit behind a confirmation. */
export function ExamRoom({ view, exam }: { view: SessionView; exam: ExamAnswers }) {
  const { t } = useTranslation();
  const room = useExamRoom(view, exam);
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  useDocumentTitle(view.title);
  useFocusAfterNavigation(room.focusRequest, headingId);

  if (room.ending) {
    return (
      <div className="exam-page">
        <ExamTopBar title={view.title} />
        <main id="main" className="exam-main exam-main-narrow">
          <ExamOutcome ending={room.ending} title={view.title} />
        </main>
      </div>
    );
  }

  const total = view.questions.length;
  const first = room.pageIndex * view.questionsPerPage;
  const pageQuestions = view.questions.slice(first, first + view.questionsPerPage);
  const openSubmit = () => setConfirming(true);

  return (
    <div className="exam-page">
      <ExamTopBar title={view.title}>
        <ExamTimer clock={room.clock} />
        <SaveStateBadge snapshot={room.snapshot} />
      </ExamTopBar>
      <main id="main" className="exam-main" tabIndex={-1}>
        <TimeWarningBanner clock={room.clock} />
        {room.paused && (
          <Alert tone="warning" testId="exam-paused">
            {t('exam.paused')}
          </Alert>
        )}
        <div className="exam-layout">
          <div className="exam-content">
            {room.mode === 'review' ? (
              <ReviewScreen
                questions={view.questions}
                answers={exam.answers}
                headingId={headingId}
                onJump={room.goToQuestion}
                onBack={() => room.goToPage(room.pageIndex)}
                onSubmit={openSubmit}
              />
            ) : (
              <section aria-labelledby={headingId} data-testid="exam-page" data-page-index={room.pageIndex}>
                <h1 id={headingId} className="exam-page-heading" tabIndex={-1}>
                  {t('exam.pageHeading', { from: first + 1, to: first + pageQuestions.length, total })}
                </h1>
                {pageQuestions.map((question, offset) => (
                  <QuestionCard
                    key={question.id}
                    question={question}
                    index={first + offset}
                    chosen={exam.answers[question.id]}
                    disabled={room.finishing !== null || room.closing}
                    onChoose={exam.choose}
                  />
                ))}
                <PageNavigation pageIndex={room.pageIndex} pageCount={view.pageCount} onGoTo={room.goToPage} onReview={room.openReview} />
              </section>
            )}
          </div>
          <aside className="exam-sidebar">
            <ExamProgress answered={room.answeredCount} total={total} />
            <QuestionPalette
              questions={view.questions}
              answers={exam.answers}
              currentPage={room.mode === 'questions' ? room.pageIndex : null}
              questionsPerPage={view.questionsPerPage}
              onJump={room.goToQuestion}
            />
            <div className="exam-sidebar-actions">
              {room.mode === 'questions' && (
                <button type="button" className="button button-secondary button-block" onClick={room.openReview} data-testid="open-review">
                  {t('exam.review')}
                </button>
              )}
              <button type="button" className="button button-primary button-block" onClick={openSubmit} data-testid="submit-exam">
                {t('exam.submit.button')}
              </button>
            </div>
          </aside>
        </div>
      </main>
      {(confirming || room.finishing !== null) && (
        <SubmitDialog
          answered={room.answeredCount}
          total={total}
          finishing={room.finishing}
          offline={room.snapshot.offline}
          error={room.finishError}
          onConfirm={() => room.finish('submit')}
          onClose={() => {
            room.cancelFinish();
            setConfirming(false);
          }}
        />
      )}
    </div>
  );
}
