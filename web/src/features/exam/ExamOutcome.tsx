import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExamEnding } from './examEnding';
import { AnswerReview } from '../my-results/AnswerReview';
import { usePercent } from '../../i18n/usePercent';
import { useFocusOnMount } from '../../hooks/useFocusOnMount';

/**
 * The end of the exam: why it ended, the score as a percent with the pass mark, pass/fail,
 * answered of total, the way back; below it the answer review where the assessment allows it
 * (else a sentence saying it does not).
 */
export function ExamOutcome({ ending, title }: { ending: ExamEnding; title: string }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const { score, result } = ending;
  // The button that ended the exam is gone with it: the focus goes to this heading, not the page body.
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <section className="card exam-outcome" data-testid="exam-outcome" data-reason={ending.reason} aria-labelledby="exam-outcome-title">
        <h1 id="exam-outcome-title" ref={heading} tabIndex={-1}>
          {t('exam.outcome.title')}
        </h1>
        <p className="exam-outcome-assessment muted">{title}</p>
        <p className="exam-outcome-reason" data-testid="outcome-reason">
          {t(`exam.outcome.reason.${ending.reason}`)}
        </p>
        {score ? (
          <div className="exam-outcome-score">
            <div>
              <span className="exam-outcome-label">{t('exam.outcome.score')}</span>
              <span className="exam-outcome-value" data-testid="outcome-score">
                {percent(score.score)}
              </span>
              {result && (
                <span className="exam-outcome-pass-mark" data-testid="outcome-pass-mark" data-pass-score={result.passScore}>
                  {t('myResults.passMark', { passScore: percent(result.passScore) })}
                </span>
              )}
            </div>
            <span className={`status ${score.passed ? 'status-passed' : 'status-failed'}`} data-testid="outcome-passed" data-passed={score.passed}>
              {t(score.passed ? 'exam.outcome.passed' : 'exam.outcome.failed')}
            </span>
            <p className="exam-outcome-answered" data-testid="outcome-answered" data-answered={score.answeredCount} data-total={score.questionCount}>
              {t('exam.outcome.answered', { answered: score.answeredCount, total: score.questionCount })}
            </p>
          </div>
        ) : (
          <p className="muted">{t('exam.outcome.noScore')}</p>
        )}
        {ending.unsent > 0 && (
          <p className="alert alert-warning" data-testid="outcome-unsent">
            {t('exam.outcome.unsent', { count: ending.unsent })}
          </p>
        )}
        {result && !result.review && <AnswerReview review={null} />}
        <Link className="button button-primary" to="/me/assessments" data-testid="back-to-assessments">
          {t('exam.outcome.back')}
        </Link>
      </section>
      {result?.review && <AnswerReview review={result.review} />}
    </>
  );
}
