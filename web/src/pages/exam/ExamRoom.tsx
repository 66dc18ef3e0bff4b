import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../api/sessions';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ExamAlerts } from './ExamAlerts';
import { PausedScreen, TakenOverScreen } from './ExamOnHold';
import { ExamOutcome } from './ExamOutcome';
import { ExamProgress } from './ExamProgress';
import { ExamTimer } from './ExamTimer';
import { ExamTopBar } from './ExamTopBar';
import { FlaggedReview } from './FlaggedReview';
import { FlagToggle } from './FlagToggle';
import { PageNavigation } from './PageNavigation';
import { QuestionCard } from './QuestionCard';
import { QuestionPalette } from './QuestionPalette';
import { useQuestionFlags } from './questionFlags';
import { ReviewScreen } from './ReviewScreen';
import { SaveStateBadge } from './SaveStateBadge';
import { StaleAnswerNotice } from './StaleAnswerNotice';
import { SubmitDialog } from './SubmitDialog';
import { useExamDuration } from './useExamDuration';
import type { ExamAnswers } from './useExamOutbox';
import { useExamRoom, type FocusRequest } from './useExamRoom';
import { useLateScore } from './useLateScore';

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
export function ExamRoom({ view, exam, onReload }: { view: SessionView; exam: ExamAnswers; onReload: () => void }) {
  const { t } = useTranslation();
  const room = useExamRoom(view, exam);
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const durationMs = useExamDuration(view);
  const flags = useQuestionFlags(view.id);
  const ending = useLateScore(view.id, room.ending);
  useDocumentTitle(view.title);
  useFocusAfterNavigation(room.focusRequest, headingId);

  if (ending) {
    return (
      <div className="exam-page">
        <ExamTopBar title={view.title} />
        <main id="main" className="exam-main exam-main-narrow">
          <ExamOutcome ending={ending} title={view.title} />
        </main>
      </div>
    );
  }
  // Another device holds the exam, or HC paused it: no question is shown, nothing can be chosen.
  if (room.takenOver) return <TakenOverScreen title={view.title} waiting={room.snapshot.waiting} onContinue={onReload} />;
  if (room.paused) return <PausedScreen title={view.title} timer={<ExamTimer clock={room.clock} durationMs={durationMs} />} />;

  const total = view.questions.length;
  const first = room.pageIndex * view.questionsPerPage;
  const pageQuestions = view.questions.slice(first, first + view.questionsPerPage);
  const openSubmit = () => setConfirming(true);

  return (
    <div className="exam-page">
      <ExamTopBar title={view.title} alerts={<ExamAlerts clock={room.clock} durationMs={durationMs} snapshot={room.snapshot} />}>
        <ExamTimer clock={room.clock} durationMs={durationMs} />
        <SaveStateBadge snapshot={room.snapshot} />
      </ExamTopBar>
      <main id="main" className="exam-main" tabIndex={-1}>
        <StaleAnswerNotice questions={view.questions} questionIds={exam.refused} onDismiss={exam.dismissRefused} />
        <div className="exam-layout">
          <div className="exam-content">
            {room.mode === 'review' ? (
              <>
                <ReviewScreen
                  questions={view.questions}
                  answers={exam.answers}
                  headingId={headingId}
                  onJump={room.goToQuestion}
                  onBack={() => room.goToPage(room.pageIndex)}
                  onSubmit={openSubmit}
                />
                <FlaggedReview questions={view.questions} flagged={flags.flagged} onJump={room.goToQuestion} />
              </>
            ) : (
              <section aria-labelledby={headingId} data-testid="exam-page" data-page-index={room.pageIndex}>
                <h1 id={headingId} className="exam-page-heading" tabIndex={-1}>
                  {t('exam.pageHeading', { from: first + 1, to: first + pageQuestions.length, total })}
                </h1>
                {pageQuestions.map((question, offset) => (
                  <div key={question.id} className="flagged-question">
                    <QuestionCard
                      question={question}
                      index={first + offset}
                      chosen={exam.answers[question.id]}
                      disabled={room.finishing !== null || room.closing}
                      onChoose={exam.choose}
                    />
                    <FlagToggle index={first + offset} flagged={flags.flagged.has(question.id)} onToggle={() => flags.toggle(question.id)} />
                  </div>
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
              flagged={flags.flagged}
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
