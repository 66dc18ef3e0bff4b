import { useTranslation } from 'react-i18next';
import { TabList, tabElementId, tabPanelId } from '../../components/TabList';

export const RESULTS_TABS = ['attempts', 'charts', 'items'] as const;
export type ResultsTab = (typeof RESULTS_TABS)[number];

export const resultsTabId = (tab: ResultsTab) => tabElementId('results', tab);
export const resultsPanelId = (tab: ResultsTab) => tabPanelId('results', tab);

/** Attempts, charts and item analysis as an ARIA tab list; arrow keys move between tabs. */
export function ResultsTabs({ current, onSelect }: { current: ResultsTab; onSelect: (tab: ResultsTab) => void }) {
  const { t } = useTranslation();
  return (
    <TabList
      tabs={RESULTS_TABS}
      current={current}
      onSelect={onSelect}
      label={t('results.tabs.label')}
      tabLabel={(tab) => t(`results.tabs.${tab}`)}
      idPrefix="results"
      testIdPrefix="results-tab-"
    />
  );
}
