import type { AssessmentTimeZone } from '@common/schemas/assessments';
import type { ResultRow } from '@common/schemas/results';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ResultsFilterBar } from './ResultsFilterBar';
import { ResultsTable } from './ResultsTable';
import { DEFAULT_FILTERS, DEFAULT_SORT, visibleResults } from './resultsView';

/** Every attempt, filtered and sorted on the page. */
export function AttemptsPanel({ rows, timeZone }: { rows: ResultRow[]; timeZone: AssessmentTimeZone }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState(DEFAULT_FILTERS);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const shown = visibleResults(rows, filters, sort, i18n.language);
  return (
    <>
      <ResultsFilterBar rows={rows} filters={filters} onChange={setFilters} count={t('results.count', { shown: shown.length, total: rows.length })} />
      {shown.length ? (
        <ResultsTable rows={shown} sort={sort} onSort={setSort} timeZone={timeZone} />
      ) : (
        <EmptyState testId="results-none-match">
          <p>{t('results.noneMatch')}</p>
          <button type="button" className="button button-secondary button-small" onClick={() => setFilters(DEFAULT_FILTERS)}>
            {t('results.filters.clear')}
          </button>
        </EmptyState>
      )}
    </>
  );
}
