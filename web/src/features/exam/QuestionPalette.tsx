import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../api/sessions';
import type { Answers } from './useExamOutbox';

interface QuestionPaletteProps {
  questions: SessionView['questions'];
  answers: Answers;
  currentPage: number | null;
  questionsPerPage: number;
  /** Questions the worker flagged for review (see useQuestionFlags). */
  flagged: ReadonlySet<string>;
  onJump(index: number): void;
}

/** The CSS classes of one palette button: its answered state, and whether it is on the current page or flagged. */
function paletteItemClass(answered: boolean, current: boolean, flagged: boolean): string {
  return ['palette-item', answered ? 'palette-answered' : 'palette-unanswered', current ? 'palette-current' : '', flagged ? 'palette-flagged' : ''].filter(Boolean).join(' ');
}

/** Where each arrow key moves the focus in a palette of `count` buttons, from `index`; null for other keys. */
export function paletteKeyTarget(key: string, index: number, count: number): number | null {
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: count - 1 };
  return key in moves ? Math.min(count - 1, Math.max(0, moves[key]!)) : null;
}

/**
 * Every question as a numbered button: answered, unanswered, flagged, on the current page. Jumps anywhere.
 * One Tab stop for the whole palette (a roving tab index, as in the WAI-ARIA toolbar pattern): with
 * 30 or 60 questions a keyboard user would otherwise tab through every number to reach Submit.
 * Tab lands on the first question of the current page; the arrow keys, Home and End move from there.
 */
export function QuestionPalette({ questions, answers, currentPage, questionsPerPage, flagged, onJump }: QuestionPaletteProps) {
  const { t } = useTranslation();
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const tabStop = focusedIndex ?? Math.min(questions.length - 1, (currentPage ?? 0) * questionsPerPage);
  const moveFocus = (event: KeyboardEvent<HTMLOListElement>) => {
    const target = paletteKeyTarget(event.key, focusedIndex ?? tabStop, questions.length);
    if (target === null) return;
    event.preventDefault();
    event.currentTarget.querySelectorAll('button')[target]?.focus();
  };
  // Focus leaving the list hands the tab stop back to the current page's first question.
  const handBackTabStop = (event: FocusEvent<HTMLOListElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setFocusedIndex(null);
  };
  return (
    <nav className="palette" aria-labelledby="palette-title" aria-describedby="palette-keys">
      <h2 id="palette-title" className="palette-title">
        {t('exam.palette.title')}
      </h2>
      <p id="palette-keys" className="visually-hidden">
        {t('exam.palette.keys')}
      </p>
      <ol className="palette-grid" onKeyDown={moveFocus} onBlur={handBackTabStop}>
        {questions.map((question, index) => {
          const answered = answers[question.id] != null;
          const current = currentPage !== null && Math.floor(index / questionsPerPage) === currentPage;
          const isFlagged = flagged.has(question.id);
          const classes = paletteItemClass(answered, current, isFlagged);
          const label = t(answered ? 'exam.palette.itemAnswered' : 'exam.palette.itemUnanswered', { number: index + 1 });
          return (
            <li key={question.id}>
              <button
                type="button"
                className={classes}
                onClick={() => onJump(index)}
                onFocus={() => setFocusedIndex(index)}
                tabIndex={index === tabStop ? 0 : -1}
                aria-label={isFlagged ? t('exam.flags.paletteItem', { item: label }) : label}
                aria-current={current ? 'page' : undefined}
                data-testid={`palette-${index}`}
                data-state={answered ? 'answered' : 'unanswered'}
                data-flagged={isFlagged}
              >
                {index + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="palette-legend" aria-hidden="true">
        <li>
          <span className="palette-swatch palette-answered" /> {t('exam.palette.answered')}
        </li>
        <li>
          <span className="palette-swatch palette-unanswered" /> {t('exam.palette.unanswered')}
        </li>
        <li>
          <span className="palette-swatch palette-unanswered palette-current" /> {t('exam.palette.current')}
        </li>
        <li>
          <span className="palette-flag-mark">⚑</span> {t('exam.flags.flagged')}
        </li>
      </ul>
    </nav>
  );
}
