import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../api/sessions';
import type { Answers } from './useExamOutbox';

interface QuestionPaletteProps {
  questions: SessionView['questions'];
  answers: Answers;
  currentPage: number | null;
  questionsPerPage: number;
  onJump(index: number): void;
}

/** Every question as a numbered button: answered, unanswered, on the current page. Jumps anywhere. */
export function QuestionPalette({ questions, answers, currentPage, questionsPerPage, onJump }: QuestionPaletteProps) {
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
          const classes = ['palette-item', answered ? 'palette-answered' : 'palette-unanswered', current ? 'palette-current' : ''].filter(Boolean).join(' ');
          return (
            <li key={question.id}>
              <button
                type="button"
                className={classes}
                onClick={() => onJump(index)}
                aria-label={t(answered ? 'exam.palette.itemAnswered' : 'exam.palette.itemUnanswered', { number: index + 1 })}
                aria-current={current ? 'page' : undefined}
                data-testid={`palette-${index}`}
                data-state={answered ? 'answered' : 'unanswered'}
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
      </ul>
    </nav>
  );
}
