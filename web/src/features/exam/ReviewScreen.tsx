import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../api/sessions';
import { ExamProgress } from './ExamProgress';
import type { Answers } from './useExamOutbox';

interface ReviewScreenProps {
  questions: SessionView['questions'];
  answers: Answers;
  headingId: string;
  onJump(index: number): void;
  onBack(): void;
  onSubmit(): void;
}

/** Before submitting: how much is answered, and a way straight to each unanswered question. */
export function ReviewScreen({ questions, answers, headingId, onJump, onBack, onSubmit }: ReviewScreenProps) {
  const { t } = useTranslation();
  const unanswered = questions.flatMap((question, index) => (answers[question.id] == null ? [index] : []));
  return (
    <section className="card review-screen" aria-labelledby={headingId} data-testid="review-screen">
      <h1 id={headingId} className="exam-page-heading" tabIndex={-1}>
        {t('exam.reviewScreen.title')}
      </h1>
      <ExamProgress answered={questions.length - unanswered.length} total={questions.length} />
      {unanswered.length ? (
        <>
          <h2 className="review-subtitle">{t('exam.reviewScreen.unansweredTitle', { count: unanswered.length })}</h2>
          <p className="muted">{t('exam.reviewScreen.unansweredHint')}</p>
          <ul className="review-unanswered" data-testid="review-unanswered">
            {unanswered.map((index) => (
              <li key={index}>
                <button type="button" className="button button-secondary button-small" onClick={() => onJump(index)} data-testid={`review-jump-${index}`}>
                  {t('exam.questionNumber', { number: index + 1 })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="review-complete">{t('exam.reviewScreen.allAnswered')}</p>
      )}
      <div className="review-actions">
        <button type="button" className="button button-secondary" onClick={onBack} data-testid="review-back">
          {t('exam.reviewScreen.back')}
        </button>
        <button type="button" className="button button-primary" onClick={onSubmit} data-testid="review-submit">
          {t('exam.submit.button')}
        </button>
      </div>
    </section>
  );
}
