import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../api/sessions';
import { ExamProgress } from './ExamProgress';
import { FlaggedReview } from './FlaggedReview';
import { FlagToggle } from './FlagToggle';
import { PageNavigation } from './PageNavigation';
import { QuestionCard } from './QuestionCard';
import { QuestionPalette } from './QuestionPalette';
import type { QuestionFlags } from './questionFlags';
import { ReviewScreen } from './ReviewScreen';
import type { Answers } from './useExamOutbox';
import type { RoomMode } from './useExamRoom';

interface ExamSheetProps {
  questions: SessionView['questions'];
  questionsPerPage: number;
  pageCount: number;
  pageIndex: number;
  mode: RoomMode;
  /** The id of the page's (or review screen's) heading, focused after a navigation. */
  headingId: string;
  answers: Answers;
  answeredCount: number;
  flags: QuestionFlags;
  /** No choice can be made (the exam is being submitted or closed). */
  disabled: boolean;
  onChoose(questionId: string, optionId: string | null): void;
  onGoToPage(pageIndex: number): void;
  onGoToQuestion(index: number): void;
  onOpenReview(): void;
  /** The review screen's last step: submit in an exam, leave in HC's preview. */
  onFinish(): void;
  /** The sidebar's main button (submit, or end the preview). */
  finishButton: { label: string; testId: string };
}

/**
 * What a worker works on: one page of questions (or the review screen) with the progress, palette
 * and actions beside it. Drawn by the exam room and, unchanged, by HC's preview of a package.
 * Below 900 px the sidebar is a bar fixed to the bottom (exam.css): progress, a palette toggle and
 * the finish button always in reach; the palette and review button open above it.
 */
export function ExamSheet(props: ExamSheetProps) {
  const { questions, questionsPerPage, pageIndex, mode, headingId, answers, flags, onGoToQuestion, onOpenReview, onFinish } = props;
  const { t } = useTranslation();
  const total = questions.length;
  const first = pageIndex * questionsPerPage;
  const pageQuestions = questions.slice(first, first + questionsPerPage);
  const paletteId = useId();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const paletteToggle = useRef<HTMLButtonElement>(null);
  const jump = (index: number) => {
    setPaletteOpen(false);
    onGoToQuestion(index);
  };
  // The phone's open palette covers half the screen: Escape closes it (focus back on its toggle), and so does tabbing out of the bar.
  const closePaletteOnEscape = (event: KeyboardEvent) => {
    if (!paletteOpen || event.key !== 'Escape') return;
    event.preventDefault();
    setPaletteOpen(false);
    paletteToggle.current?.focus();
  };
  const closePaletteOnLeave = (event: FocusEvent<HTMLElement>) => {
    if (paletteOpen && event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setPaletteOpen(false);
  };

  return (
    <div className="exam-layout">
      <div className="exam-content">
        {mode === 'review' ? (
          <>
            <ReviewScreen
              questions={questions}
              answers={answers}
              headingId={headingId}
              onJump={onGoToQuestion}
              onBack={() => props.onGoToPage(pageIndex)}
              onSubmit={onFinish}
            />
            <FlaggedReview questions={questions} flagged={flags.flagged} onJump={onGoToQuestion} />
          </>
        ) : (
          <section aria-labelledby={headingId} data-testid="exam-page" data-page-index={pageIndex}>
            <h1 id={headingId} className="exam-page-heading" tabIndex={-1}>
              {t('exam.pageHeading', { from: first + 1, to: first + pageQuestions.length, total })}
            </h1>
            {pageQuestions.map((question, offset) => (
              <div key={question.id} className="flagged-question">
                {/* Drawn at the card's top right (examAids.css), so it comes first in the tab order too. */}
                <FlagToggle index={first + offset} flagged={flags.flagged.has(question.id)} onToggle={() => flags.toggle(question.id)} />
                <QuestionCard question={question} index={first + offset} chosen={answers[question.id]} disabled={props.disabled} onChoose={props.onChoose} />
              </div>
            ))}
            <PageNavigation pageIndex={pageIndex} pageCount={props.pageCount} onGoTo={props.onGoToPage} onReview={onOpenReview} />
          </section>
        )}
      </div>
      <aside className={paletteOpen ? 'exam-sidebar exam-sidebar-open' : 'exam-sidebar'} onKeyDown={closePaletteOnEscape} onBlur={closePaletteOnLeave}>
        <ExamProgress answered={props.answeredCount} total={total} />
        <button
          ref={paletteToggle}
          type="button"
          className="button button-secondary exam-palette-toggle"
          aria-expanded={paletteOpen}
          aria-controls={paletteId}
          onClick={() => setPaletteOpen(!paletteOpen)}
          data-testid="palette-toggle"
        >
          {t('exam.palette.toggle')} <span aria-hidden="true">{paletteOpen ? '▾' : '▴'}</span>
        </button>
        <div id={paletteId} className="exam-sidebar-palette">
          <QuestionPalette
            questions={questions}
            answers={answers}
            currentPage={mode === 'questions' ? pageIndex : null}
            questionsPerPage={questionsPerPage}
            flagged={flags.flagged}
            onJump={jump}
          />
        </div>
        <div className="exam-sidebar-actions">
          {mode === 'questions' && (
            <button
              type="button"
              className="button button-secondary button-block exam-review-button"
              onClick={() => {
                setPaletteOpen(false);
                onOpenReview();
              }}
              data-testid="open-review"
            >
              {t('exam.review')}
            </button>
          )}
          <button type="button" className="button button-primary button-block exam-finish-button" onClick={onFinish} data-testid={props.finishButton.testId}>
            {props.finishButton.label}
          </button>
        </div>
      </aside>
    </div>
  );
}
