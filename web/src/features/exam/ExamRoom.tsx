import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../api/sessions';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ExamAlerts } from './ExamAlerts';
import { PausedScreen, TakenOverScreen } from './ExamOnHold';
import { ExamOutcome } from './ExamOutcome';
import { ExamSheet } from './ExamSheet';
import { ExamTimer } from './ExamTimer';
import { ExamTopBar } from './ExamTopBar';
import { useQuestionFlags } from './questionFlags';
import { SaveStateBadge } from './SaveStateBadge';
import { StaleAnswerNotice } from './StaleAnswerNotice';
import { SubmitDialog } from './SubmitDialog';
import { useExamDuration } from './useExamDuration';
import type { ExamAnswers } from './useExamOutbox';
import { useExamRoom, type FocusRequest } from './useExamRoom';
import { useLateScore } from './useLateScore';

/** After a navigation: the new page's heading (read out, page scrolled up) or the question jumped to. */
export function useFocusAfterNavigation(request: FocusRequest | null, headingId: string) {
  useEffect(() => {
    if (!request) return;
    if (request.target === 'question') {
      const card = document.getElementById(`question-${request.index}`);
      card?.scrollIntoView({ block: 'start' });
      // The chosen option, as Tab into the group would (a selector list would match the first input in document order).
      const option = card?.querySelector<HTMLInputElement>('input:checked') ?? card?.querySelector<HTMLInputElement>('input');
      option?.focus({ preventScroll: true });
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
  // Back from a pause or a take-over, the focus returns to where the last navigation put it.
  const onHold = room.takenOver || room.paused;
  useFocusAfterNavigation(onHold ? null : room.focusRequest, headingId);

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
  const openSubmit = () => setConfirming(true);

  return (
    <div className="exam-page">
      <ExamTopBar title={view.title} alerts={<ExamAlerts clock={room.clock} durationMs={durationMs} snapshot={room.snapshot} />}>
        <ExamTimer clock={room.clock} durationMs={durationMs} />
        <SaveStateBadge snapshot={room.snapshot} />
      </ExamTopBar>
      <main id="main" className="exam-main" tabIndex={-1}>
        <StaleAnswerNotice questions={view.questions} questionIds={exam.refused} onDismiss={exam.dismissRefused} />
        <ExamSheet
          questions={view.questions}
          questionsPerPage={view.questionsPerPage}
          pageCount={view.pageCount}
          pageIndex={room.pageIndex}
          mode={room.mode}
          headingId={headingId}
          answers={exam.answers}
          answeredCount={room.answeredCount}
          flags={flags}
          disabled={room.finishing !== null || room.closing}
          onChoose={exam.choose}
          onGoToPage={room.goToPage}
          onGoToQuestion={room.goToQuestion}
          onOpenReview={room.openReview}
          onFinish={openSubmit}
          finishButton={{ label: t('exam.submit.button'), testId: 'submit-exam' }}
        />
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
