import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../api/sessions';
import { QuestionImage } from '../../components/QuestionImage';

const OPTION_LETTERS = 'ABCDEFGH';

interface QuestionCardProps {
  question: SessionView['questions'][number];
  /** Position in the session's question order (0-based); numbers and test ids follow it. */
  index: number;
  chosen: string | null | undefined;
  disabled: boolean;
  onChoose(questionId: string, optionId: string | null): void;
}

/**
 * One question as a radio group: the legend names it, the text (line breaks kept) describes it,
 * arrow keys move between options as in any radio group. Every change is saved by the caller.
 */
export const QuestionCard = memo(function QuestionCard({ question, index, chosen, disabled, onChoose }: QuestionCardProps) {
  const { t } = useTranslation();
  const textId = `question-text-${question.id}`;
  const card = useRef<HTMLFieldSetElement>(null);
  const clear = () => {
    onChoose(question.id, null);
    // The button goes with the answer: keep the focus in this question (its first option), not on the page body.
    card.current?.querySelector('input')?.focus();
  };
  return (
    <fieldset ref={card} className="question-card" id={`question-${index}`} data-testid={`question-${index}`} aria-describedby={textId} disabled={disabled}>
      <legend className="question-number">{t('exam.questionNumber', { number: index + 1 })}</legend>
      <p className="question-text" id={textId}>
        {question.text}
      </p>
      {question.imageUrl && <QuestionImage url={question.imageUrl} alt={question.text.slice(0, 200) || t('images.questionAlt')} />}
      <div className="question-options">
        {question.options.map((option, optionIndex) => (
          <label key={option.id} className={option.id === chosen ? 'option option-chosen' : 'option'}>
            <input
              type="radio"
              name={`question-${question.id}`}
              value={option.id}
              checked={option.id === chosen}
              onChange={() => onChoose(question.id, option.id)}
              data-testid={`option-${index}-${optionIndex}`}
            />
            <span className="option-letter" aria-hidden="true">
              {OPTION_LETTERS[optionIndex]}
            </span>
            <span className="option-text">
              {option.text}
              {option.imageUrl && <QuestionImage small url={option.imageUrl} alt={t('images.optionAlt', { letter: OPTION_LETTERS[optionIndex] })} />}
            </span>
          </label>
        ))}
      </div>
      {chosen != null && (
        <button type="button" className="link-button question-clear" onClick={clear} data-testid={`clear-${index}`}>
          {t('exam.clearAnswer')}
        </button>
      )}
    </fieldset>
  );
});
