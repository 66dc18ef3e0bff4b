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

/** Every question as a numbered button: answered, unanswered, flagged, on the current page. Jumps anywhere. */
export function QuestionPalette({ questions, answers, currentPage, questionsPerPage, flagged, onJump }: QuestionPaletteProps) {
  const { t } = useTranslation();
  return (
    <nav className="palette" aria-labelledby="palette-title">
      <h2 id="palette-title" className="palette-title">
        {t('exam.palette.title')}
      </h2>
      <ol className="palette-grid">
        {questions.map((question, index) => {
          const answered = answers[question.id] != null;
          const current = currentPage !== null && Math.floor(index / questionsPerPage) === currentPage;
          const isFlagged = flagged.has(question.id);
          const classes = ['palette-item', answered ? 'palette-answered' : 'palette-unanswered', current ? 'palette-current' : '', isFlagged ? 'palette-flagged' : ''].filter(Boolean).join(' ');
          const label = t(answered ? 'exam.palette.itemAnswered' : 'exam.palette.itemUnanswered', { number: index + 1 });
          return (
            <li key={question.id}>
              <button
                type="button"
                className={classes}
                onClick={() => onJump(index)}
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
