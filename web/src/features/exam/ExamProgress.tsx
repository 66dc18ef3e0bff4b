import { useTranslation } from 'react-i18next';

/** A bar of answered questions, with the count in words. */
export function ExamProgress({ answered, total }: { answered: number; total: number }) {
  const { t } = useTranslation();
  const percent = total ? Math.round((answered / total) * 100) : 0;
  return (
    <div className="exam-progress" data-testid="progress">
      <p className="exam-progress-text">{t('exam.progress', { answered, total })}</p>
      <div
        className="exam-progress-track"
        role="progressbar"
        aria-label={t('exam.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
      >
        <div className="exam-progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
