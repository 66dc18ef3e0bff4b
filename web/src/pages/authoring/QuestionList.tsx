import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoredQuestion } from '../../api/questionBank';
import { OPTION_LETTERS } from './questionForm';

/** Questions drawn at once; a package of thousands shows the rest on request. */
const PAGE_SIZE = 50;

interface QuestionListProps {
  questions: AuthoredQuestion[];
  locked: boolean;
  onEdit: (question: AuthoredQuestion, number: number) => void;
  onDelete: (question: AuthoredQuestion, number: number) => void;
}

/** A package's questions as staff see them: text, options with the correct one marked, points. */
export function QuestionList({ questions, locked, onEdit, onDelete }: QuestionListProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE_SIZE);

  return (
    <>
      <ol className="question-list" data-testid="question-list">
        {questions.slice(0, shown).map((question, index) => (
          <li key={question.id} className="question-item" data-testid="question-item">
            <div className="question-item-head">
              <span className="question-item-number">{t('authoring.question.number', { number: index + 1 })}</span>
              <span className="badge">{t('authoring.question.pointsValue', { count: question.points })}</span>
              {!locked && (
                <span className="row-actions">
                  <button type="button" className="button button-small button-secondary" onClick={() => onEdit(question, index + 1)}>
                    {t('authoring.question.edit')}
                  </button>
                  <button type="button" className="button button-small button-danger-outline" onClick={() => onDelete(question, index + 1)}>
                    {t('authoring.question.delete')}
                  </button>
                </span>
              )}
            </div>
            <p className="question-text">{question.text}</p>
            <ul className="answer-key">
              {question.options.map((option, optionIndex) => (
                <li key={option.id} className={option.correct ? 'answer-key-correct' : undefined}>
                  <span className="option-letter">{OPTION_LETTERS[optionIndex]}</span>
                  <span className="answer-key-text">{option.text}</span>
                  {option.correct && <span className="answer-key-mark">{t('authoring.question.correct')}</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {questions.length > shown && (
        <button type="button" className="button button-secondary button-block" onClick={() => setShown((n) => n + PAGE_SIZE * 4)}>
          {t('authoring.question.showMore', { shown, total: questions.length })}
        </button>
      )}
    </>
  );
}
