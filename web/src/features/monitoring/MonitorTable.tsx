import { useTranslation } from 'react-i18next';
import type { AssessmentTimeZone } from '@common/schemas/assessments';
import type { MonitorRowView, SessionAction } from '../../api/monitoring';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/fields';
import { DataTable } from '../../components/DataTable';
import type { TrackedRow } from './feedState';
import { monitorColumns } from './monitorColumns';
import { nextSort, type SortKey, type SortOrder } from './rowView';

const SORTABLE: readonly SortKey[] = ['name', 'unit', 'status', 'progress', 'timeLeft', 'lastSeen'];

interface MonitorTableProps {
  rows: TrackedRow[];
  /** Sessions before filtering: tells "nobody assigned" from "nothing matches". */
  total: number;
  serverNow: number;
  /** The assessment's zone, for exact times. */
  timeZone: AssessmentTimeZone;
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
  onAction: (row: MonitorRowView, action: SessionAction) => void;
  onClearFilters: () => void;
}

/**
 * The sessions as a table, sortable by every column but the actions. Below 640 px each row is drawn
 * as a card (monitoring.css) with the header hidden, so a select takes over the sorting there.
 */
export function MonitorTable({ rows, total, serverNow, timeZone, sort, onSort, onAction, onClearFilters }: MonitorTableProps) {
  const { t } = useTranslation();
  if (!total) return <EmptyState testId="monitor-empty">{t('monitoring.empty')}</EmptyState>;
  if (!rows.length) {
    return (
      <EmptyState testId="monitor-no-match">
        <p>{t('monitoring.noMatch')}</p>
        <button type="button" className="button button-secondary button-small" onClick={onClearFilters}>
          {t('monitoring.clearFilters')}
        </button>
      </EmptyState>
    );
  }
  return (
    <>
      <div className="monitor-phone-sort">
        <SelectField
          label={t('monitoring.sortBy')}
          value={sort.key}
          onChange={(event) => onSort(nextSort(sort, event.target.value as SortKey))}
          options={SORTABLE.map((column) => ({ value: column, label: t(`monitoring.columns.${column}`) }))}
          data-testid="monitor-sort"
        />
      </div>
      <DataTable
        columns={monitorColumns(t, serverNow, timeZone, onAction)}
        rows={rows}
        rowKey={(row) => row.sessionId}
        rowProps={(row) => ({ className: 'monitor-row', 'data-testid': `row-${row.sessionId}`, 'data-status': row.status })}
        label={t('monitoring.tableLabel')}
        className="monitor-table"
        stack={false}
        testId="monitor-table"
        sort={{ order: sort, onSort: (key) => onSort(nextSort(sort, key)), testIdPrefix: 'sort-' }}
      />
    </>
  );
}
