import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../api/sessions';

/** On the review screen: the questions the worker flagged, each a jump back to it. Nothing when none is flagged. */
export function FlaggedReview({ questions, flagged, onJump }: { questions: SessionView['questions']; flagged: ReadonlySet<string>; onJump(index: number): void }) {
  const { t } = useTranslation();
  const indexes = questions.flatMap((question, index) => (flagged.has(question.id) ? [index] : []));
  if (!indexes.length) return null;
  return (
    <section className="card review-flagged" aria-labelledby="review-flagged-title" data-testid="review-flagged">
      <h2 id="review-flagged-title" className="review-subtitle">
        {t('exam.flags.reviewTitle', { count: indexes.length })}
      </h2>
      <ul className="review-unanswered">
        {indexes.map((index) => (
          <li key={index}>
            <button type="button" className="button button-secondary button-small" onClick={() => onJump(index)} data-testid={`review-flagged-${index}`}>
              <span aria-hidden="true">⚑ </span>
              {t('exam.questionNumber', { number: index + 1 })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
