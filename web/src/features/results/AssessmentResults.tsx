import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAssessmentResults, getItemAnalysis } from '../../api/results';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { LoadingState } from '../../components/LoadingState';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { AttemptsPanel } from './AttemptsPanel';
import { ItemAnalysisPanel } from './ItemAnalysisPanel';
import { ResultsSummary } from './ResultsSummary';
import { resultsPanelId, resultsTabId, ResultsTabs, type ResultsTab } from './ResultsTabs';

// The chart library is the biggest part of this page: load it only when the charts tab opens.
const ResultsCharts = lazy(() => import('./charts/ResultsCharts'));

interface AssessmentResultsProps {
  assessmentId: string;
  tab: ResultsTab;
  onTab: (tab: ResultsTab) => void;
}

/** One assessment's attempts, charts and item analysis; a re-key reloads both sources. */
export function AssessmentResults({ assessmentId, tab, onTab }: AssessmentResultsProps) {
  const { t } = useTranslation();
  const results = useLoader((signal) => getAssessmentResults(assessmentId, signal), assessmentId);
  const items = useLoader((signal) => getItemAnalysis(assessmentId, signal), assessmentId);
  const [rescored, setRescored] = useState<number | null>(null);

  const failed = results.error ?? items.error;
  if (failed) {
    const retry = () => {
      results.reload();
      items.reload();
    };
    return (
      <Alert tone="danger" action={{ label: t('common.retry'), onClick: retry }}>
        {errorMessage(t, failed)}
      </Alert>
    );
  }
  if (!results.data || !items.data) return <LoadingState />;
  const { assessment, results: rows } = results.data;
  if (!rows.length) return <EmptyState testId="results-empty">{t('results.empty')}</EmptyState>;

  function rekeyed(count: number) {
    setRescored(count);
    results.reload();
    items.reload();
  }

  return (
    <>
      <ResultsSummary rows={rows} passScore={assessment.passScore} />
      {rescored !== null && (
        <Alert tone="success" testId="rekey-notice" action={{ label: t('common.close'), onClick: () => setRescored(null) }}>
          {t('results.rekey.done', { count: rescored })}
        </Alert>
      )}
      <ResultsTabs current={tab} onSelect={onTab} />
      <div className="tab-panel" role="tabpanel" id={resultsPanelId(tab)} aria-labelledby={resultsTabId(tab)} tabIndex={0} data-testid={`results-panel-${tab}`}>
        {tab === 'attempts' && <AttemptsPanel rows={rows} timeZone={assessment.timeZone} />}
        {tab === 'charts' && (
          <Suspense fallback={<LoadingState />}>
            <ResultsCharts rows={rows} questions={items.data.questions} passScore={assessment.passScore} />
          </Suspense>
        )}
        {tab === 'items' && <ItemAnalysisPanel analysis={items.data} onRekeyed={rekeyed} />}
      </div>
    </>
  );
}
