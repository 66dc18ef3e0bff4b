import type { ItemAnalysis, ItemStatistics } from '@common/schemas/results';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/fields';
import { SearchToolbar } from '../../components/SearchToolbar';
import { EmptyState } from '../../components/EmptyState';
import { DEFAULT_ITEM_SORT, isFlagged, questionLabeller, visibleItems } from './itemAnalysisView';
import { ItemAnalysisTable } from './ItemAnalysisTable';
import { PackageStatistics } from './PackageStatistics';
import { RekeyDialog } from './RekeyDialog';

/** Question statistics, their flags explained, and re-keying a question. */
export function ItemAnalysisPanel({ analysis, onRekeyed }: { analysis: ItemAnalysis; onRekeyed: (rescored: number) => void }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState(DEFAULT_ITEM_SORT);
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [rekeying, setRekeying] = useState<ItemStatistics | null>(null);
  const labelOf = questionLabeller(t, analysis.questions);
  const shown = visibleItems(analysis.questions, sort, flaggedOnly);
  const flaggedCount = analysis.questions.filter(isFlagged).length;
  const flagsPresent = [...new Set(analysis.questions.flatMap((q) => q.flags))];

  return (
    <div data-testid="item-analysis">
      <p className="page-description">{t('results.items.intro')}</p>
      <PackageStatistics packages={analysis.packages} />
      {!analysis.questions.length ? (
        <EmptyState testId="items-empty">{t('results.items.empty')}</EmptyState>
      ) : (
        <>
          <SearchToolbar count={t('results.items.flaggedCount', { count: flaggedCount, total: analysis.questions.length })} countTestId="items-flagged-count">
            <CheckboxField label={t('results.items.flaggedOnly')} checked={flaggedOnly} onChange={(event) => setFlaggedOnly(event.target.checked)} data-testid="items-flagged-only" />
          </SearchToolbar>
          <ItemAnalysisTable questions={shown} sort={sort} onSort={setSort} labelOf={labelOf} onRekey={setRekeying} />
          {flagsPresent.length > 0 && (
            <section className="flag-legend" aria-labelledby="flag-legend-title" data-testid="flag-legend">
              <h3 id="flag-legend-title">{t('results.items.flagLegend')}</h3>
              <dl>
                {flagsPresent.map((flag) => (
                  <div key={flag}>
                    <dt>{t(`results.flags.${flag}.label`)}</dt>
                    <dd>{t(`results.flags.${flag}.explain`)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
        </>
      )}
      {rekeying && (
        <RekeyDialog
          question={rekeying}
          label={labelOf(rekeying)}
          onClose={() => setRekeying(null)}
          onRekeyed={(rescored) => {
            setRekeying(null);
            onRekeyed(rescored);
          }}
        />
      )}
    </div>
  );
}
