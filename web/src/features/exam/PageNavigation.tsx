import { useTranslation } from 'react-i18next';

interface PageNavigationProps {
  pageIndex: number;
  pageCount: number;
  onGoTo(pageIndex: number): void;
  onReview(): void;
}

/** Previous / Next under the questions; on the last page Next becomes "Review answers". */
export function PageNavigation({ pageIndex, pageCount, onGoTo, onReview }: PageNavigationProps) {
  const { t } = useTranslation();
  const last = pageIndex >= pageCount - 1;
  return (
    <div className="page-nav">
      <button type="button" className="button button-secondary" onClick={() => onGoTo(pageIndex - 1)} disabled={pageIndex === 0} data-testid="prev-page">
        <span aria-hidden="true">←</span> {t('exam.previous')}
      </button>
      <span className="page-nav-position muted">{t('exam.pageOf', { page: pageIndex + 1, pages: pageCount })}</span>
      {last ? (
        <button type="button" className="button button-primary" onClick={onReview} data-testid="next-page">
          {t('exam.review')} <span aria-hidden="true">→</span>
        </button>
      ) : (
        <button type="button" className="button button-primary" onClick={() => onGoTo(pageIndex + 1)} data-testid="next-page">
          {t('exam.next')} <span aria-hidden="true">→</span>
        </button>
      )}
    </div>
  );
}
