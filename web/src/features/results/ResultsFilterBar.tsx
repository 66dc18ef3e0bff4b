import type { ResultRow } from '@common/schemas/results';
import { SESSION_STATUSES } from '@common/schemas/sessions';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField } from '../../components/fields';
import { SearchToolbar } from '../../components/SearchToolbar';
import { NO_UNIT, unitsOf, type Outcome, type ResultFilters } from './resultsView';

const OUTCOMES: readonly Outcome[] = ['passed', 'failed'];

interface ResultsFilterBarProps {
  rows: ResultRow[];
  filters: ResultFilters;
  onChange: (filters: ResultFilters) => void;
  /** How many rows the filters leave of how many. */
  count: string;
}

/** Name search, status, unit and outcome filters, whether earlier attempts of a reset show, and how many rows that leaves. */
export function ResultsFilterBar({ rows, filters, onChange, count }: ResultsFilterBarProps) {
  const { t, i18n } = useTranslation();
  const { units, hasNone } = unitsOf(rows, i18n.language);
  const set = (change: Partial<ResultFilters>) => onChange({ ...filters, ...change });
  const all = { value: '', label: t('results.filters.all') };
  return (
    <SearchToolbar
      search={{ label: t('results.filters.search'), value: filters.q, onChange: (q) => set({ q }), testId: 'results-search' }}
      count={count}
      countTestId="results-count"
      testId="results-filters"
    >
      <SelectField
        label={t('results.filters.status')}
        value={filters.status}
        onChange={(event) => set({ status: event.target.value as ResultFilters['status'] })}
        options={[all, ...SESSION_STATUSES.map((status) => ({ value: status, label: t(`sessionStatus.${status}`) }))]}
        data-testid="results-status-filter"
      />
      <SelectField
        label={t('results.filters.unit')}
        value={filters.unit}
        onChange={(event) => set({ unit: event.target.value })}
        options={[all, ...units.map((unit) => ({ value: unit, label: unit })), ...(hasNone ? [{ value: NO_UNIT, label: t('results.noUnit') }] : [])]}
        data-testid="results-unit-filter"
      />
      <SelectField
        label={t('results.filters.outcome')}
        value={filters.outcome}
        onChange={(event) => set({ outcome: event.target.value as ResultFilters['outcome'] })}
        options={[all, ...OUTCOMES.map((outcome) => ({ value: outcome, label: t(`results.${outcome}`) }))]}
        data-testid="results-outcome-filter"
      />
      <CheckboxField label={t('results.filters.showReplaced')} checked={filters.showReplaced} onChange={(event) => set({ showReplaced: event.target.checked })} data-testid="results-show-replaced" />
    </SearchToolbar>
  );
}
