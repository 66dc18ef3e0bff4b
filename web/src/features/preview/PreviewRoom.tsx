import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionView } from '../../api/sessions';
import { ExamClock } from '../exam/examClock';
import { countAnswered } from '../exam/resume';
import { useFocusAfterNavigation } from '../exam/ExamRoom';
import { ExamSheet } from '../exam/ExamSheet';
import { ExamTimer } from '../exam/ExamTimer';
import type { QuestionFlags } from '../exam/questionFlags';
import { ExamTopBar } from '../exam/ExamTopBar';
import type { FocusRequest, RoomMode } from '../exam/useExamRoom';
import { PreviewBanner } from './PreviewBanner';

export interface PreviewExam {
  title: string;
  packageName: string;
  questions: SessionView['questions'];
  questionsPerPage: number;
  durationMs: number;
  shuffled: boolean;
  editorPath: string;
}

/** Choices and flags of the preview: React state only, gone with the page (nothing is ever sent or stored). */
function usePageOnlyChoices(): { answers: Record<string, string | null>; choose: (questionId: string, optionId: string | null) => void; flags: QuestionFlags } {
  const [answers, setAnswers] = useState<Record<string, string | null>>({});
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(new Set());
  const choose = useCallback((questionId: string, optionId: string | null) => setAnswers((current) => ({ ...current, [questionId]: optionId })), []);
  const toggle = (questionId: string) =>
    setFlagged((current) => {
      const next = new Set(current);
      if (!next.delete(questionId)) next.add(questionId);
      return next;
    });
  return { answers, choose, flags: { flagged, toggle } };
}

/**
 * The package drawn with the worker's own exam components (pages, palette, review, timer counting
 * down the duration), under a "not scored" banner. No session exists: no save, no submit, no score.
 */
export function PreviewRoom({ exam }: { exam: PreviewExam }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const [clock] = useState(() => {
    const created = new ExamClock();
    created.sync(exam.durationMs);
    return created;
  });
  const { answers, choose, flags } = usePageOnlyChoices();
  const [pageIndex, setPageIndex] = useState(0);
  const [mode, setMode] = useState<RoomMode>('questions');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  useFocusAfterNavigation(focusRequest, headingId);

  const { questions, questionsPerPage } = exam;
  const pageCount = Math.max(1, Math.ceil(questions.length / questionsPerPage));
  const goToPage = (index: number) => {
    setPageIndex(Math.min(Math.max(0, index), pageCount - 1));
    setMode('questions');
    setFocusRequest({ target: 'page' });
  };
  const goToQuestion = (index: number) => {
    goToPage(Math.floor(index / questionsPerPage));
    setFocusRequest({ target: 'question', index });
  };
  const openReview = () => {
    setMode('review');
    setFocusRequest({ target: 'page' });
  };

  return (
    <div className="exam-page" data-testid="preview-room">
      <ExamTopBar title={exam.title} alerts={<PreviewBanner packageName={exam.packageName} editorPath={exam.editorPath} shuffled={exam.shuffled} />}>
        <ExamTimer clock={clock} durationMs={exam.durationMs} />
      </ExamTopBar>
      <main id="main" className="exam-main" tabIndex={-1}>
        <ExamSheet
          questions={questions}
          questionsPerPage={questionsPerPage}
          pageCount={pageCount}
          pageIndex={pageIndex}
          mode={mode}
          headingId={headingId}
          answers={answers}
          answeredCount={countAnswered(questions, answers)}
          flags={flags}
          disabled={false}
          onChoose={choose}
          onGoToPage={goToPage}
          onGoToQuestion={goToQuestion}
          onOpenReview={openReview}
          onFinish={() => void navigate(exam.editorPath)}
          finishButton={{ label: t('preview.end'), testId: 'preview-end' }}
        />
      </main>
    </div>
  );
}
