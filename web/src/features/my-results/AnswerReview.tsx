import { useTranslation } from 'react-i18next';
import type { SessionResult } from '../../api/sessions';
import { optionLetter, reviewTally, verdictOf, type ReviewedQuestion } from './resultView';
import './my-results.css';

const VERDICT_MARK = { right: '✓', wrong: '✗', unanswered: '–' } as const;

/** One option: its letter and text, and in words whether the worker chose it and whether it is the key. */
function ReviewOption({ question, index }: { question: ReviewedQuestion; index: number }) {
  const { t } = useTranslation();
  const option = question.options[index]!;
  const chosen = option.id === question.chosenOptionId;
  const key = option.id === question.correctOptionId;
  const classes = ['review-option', chosen && 'review-option-chosen', key && 'review-option-key', chosen && !key && 'review-option-miss'].filter(Boolean).join(' ');
  return (
    <li className={classes} data-testid="review-option" data-chosen={chosen} data-key={key}>
      <span className="review-letter">{optionLetter(index)}</span>
      <span className="review-option-text">{option.text}</span>
      <span className="review-tags">
        {chosen && <span className="review-tag review-tag-chosen">{t('myResults.review.yourAnswer')}</span>}
        {key && <span className="review-tag review-tag-key">✓ {t('myResults.review.correctAnswer')}</span>}
      </span>
    </li>
  );
}

function ReviewQuestionItem({ question }: { question: ReviewedQuestion }) {
  const { t } = useTranslation();
  const verdict = verdictOf(question);
  return (
    <li className={`review-question review-question-${verdict}`} data-testid="review-question" data-verdict={verdict}>
      <div className="review-question-head">
        <h3>{t('myResults.review.questionNo', { position: question.position })}</h3>
        <span className={`verdict verdict-${verdict}`}>
          <span aria-hidden="true">{VERDICT_MARK[verdict]}</span> {t(`myResults.review.verdict.${verdict}`)}
        </span>
      </div>
      <p className="review-question-text">{question.text}</p>
      <ol className="review-options" aria-label={t('myResults.review.optionsLabel')}>
        {question.options.map((option, index) => (
          <ReviewOption key={option.id} question={question} index={index} />
        ))}
      </ol>
    </li>
  );
}

/**
 * The answer review under a result: each question with the option the worker chose and the
 * correct one, marked in words and symbols (not by colour alone). Where the assessment does not
 * allow review the server sends none (`review` null), and a sentence says so.
 */
export function AnswerReview({ review }: { review: SessionResult['review'] }) {
  const { t } = useTranslation();
  if (!review) {
    return (
      <p className="note review-not-allowed" data-testid="review-not-allowed">
        {t('myResults.review.notAllowed')}
      </p>
    );
  }
  const tally = reviewTally(review);
  return (
    <section className="answer-review" data-testid="answer-review" aria-labelledby="answer-review-title">
      <h2 id="answer-review-title">{t('myResults.review.title')}</h2>
      <p className="muted" data-testid="review-tally">
        {t('myResults.review.tally', tally)}
      </p>
      <ol className="review-questions">
        {review.map((question) => (
          <ReviewQuestionItem key={question.questionId} question={question} />
        ))}
      </ol>
    </section>
  );
}
