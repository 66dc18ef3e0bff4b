import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExamEnding } from '../../exam/examEnding';
import { localeOf } from '../../i18n';

/** The end of the exam: why it ended, the score and pass/fail, answered of total, the way back. */
export function ExamOutcome({ ending, title }: { ending: ExamEnding; title: string }) {
  const { t, i18n } = useTranslation();
  const { score } = ending;
  const formatScore = (value: number) => new Intl.NumberFormat(localeOf(i18n.language), { maximumFractionDigits: 1 }).format(value);
  return (
    <section className="card exam-outcome" data-testid="exam-outcome" data-reason={ending.reason} aria-labelledby="exam-outcome-title">
      <h1 id="exam-outcome-title">{t('exam.outcome.title')}</h1>
      <p className="exam-outcome-assessment muted">{title}</p>
      <p className="exam-outcome-reason" data-testid="outcome-reason">
        {t(`exam.outcome.reason.${ending.reason}`)}
      </p>
      {score ? (
        <div className="exam-outcome-score">
          <div>
            <span className="exam-outcome-label">{t('exam.outcome.score')}</span>
            <span className="exam-outcome-value" data-testid="outcome-score">
              {formatScore(score.score)}
            </span>
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
      <Link className="button button-primary" to="/me/assessments" data-testid="back-to-assessments">
        {t('exam.outcome.back')}
      </Link>
    </section>
  );
}
