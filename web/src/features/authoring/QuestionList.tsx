import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoredQuestion } from '../../api/questionBank';
import { OPTION_LETTERS } from './questionForm';

/** Questions drawn at once; a package of thousands shows the rest on request. */
const PAGE_SIZE = 50;

interface QuestionListProps {
  questions: AuthoredQuestion[];
  locked: boolean;
  /** A move or duplicate is on its way to the server: moves wait (the buttons stay enabled so the focus stays). */
  busy: boolean;
  onEdit: (question: AuthoredQuestion, number: number) => void;
  onDelete: (question: AuthoredQuestion, number: number) => void;
  onDuplicate: (question: AuthoredQuestion) => void;
  /** Moves the question at `index` one place up (-1) or down (+1). */
  onMove: (index: number, step: -1 | 1) => void;
}

/**
 * A package's questions as staff see them: text, options with the correct one marked, points;
 * with move up/down and duplicate. After a move the keyboard focus follows the moved question.
 */
export function QuestionList({ questions, locked, busy, onEdit, onDelete, onDuplicate, onMove }: QuestionListProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE_SIZE);
  const list = useRef<HTMLOListElement>(null);
  const focusAfterMove = useRef<{ questionId: string; index: number; step: -1 | 1 } | null>(null);

  // React may re-insert the moved item's node, which drops the focus: give it back once the new order is shown.
  useEffect(() => {
    const pending = focusAfterMove.current;
    if (!pending || questions[pending.index]?.id !== pending.questionId) return;
    focusAfterMove.current = null;
    const button = (step: number) => list.current?.querySelector<HTMLButtonElement>(`[data-move="${step}"][data-question="${pending.questionId}"]:not(:disabled)`);
    // At the top or bottom the same button is now disabled: the other one takes the focus.
    (button(pending.step) ?? button(-pending.step))?.focus();
  }, [questions]);

  function move(question: AuthoredQuestion, index: number, step: -1 | 1) {
    if (busy) return;
    focusAfterMove.current = { questionId: question.id, index: index + step, step };
    onMove(index, step);
  }

  return (
    <>
      <ol className="question-list" data-testid="question-list" ref={list}>
        {questions.slice(0, shown).map((question, index) => (
          <li key={question.id} className="question-item" data-testid="question-item">
            <div className="question-item-head">
              <span className="question-item-number">{t('authoring.question.number', { number: index + 1 })}</span>
              <span className="badge">{t('authoring.question.pointsValue', { count: question.points })}</span>
              {!locked && (
                <span className="row-actions">
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    onClick={() => move(question, index, -1)}
                    disabled={index === 0}
                    aria-disabled={busy || undefined}
                    aria-label={t('authoring.question.moveUp', { number: index + 1 })}
                    data-move="-1"
                    data-question={question.id}
                    data-testid="move-up"
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    onClick={() => move(question, index, 1)}
                    disabled={index === questions.length - 1}
                    aria-disabled={busy || undefined}
                    aria-label={t('authoring.question.moveDown', { number: index + 1 })}
                    data-move="1"
                    data-question={question.id}
                    data-testid="move-down"
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    onClick={() => !busy && onDuplicate(question)}
                    aria-disabled={busy || undefined}
                    aria-label={t('authoring.question.duplicateLabel', { number: index + 1 })}
                    data-testid="duplicate-question"
                  >
                    {t('authoring.question.duplicate')}
                  </button>
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
