import { useTranslation } from 'react-i18next';
import type { MonitorRowView, SessionAction } from '../../api/monitoring';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/fields';
import { SortableHeader } from '../../components/SortableHeader';
import type { TrackedRow } from './feedState';
import { MonitorTableRow } from './MonitorTableRow';
import { nextSort, type SortKey, type SortOrder } from './rowView';

const SORTABLE: readonly SortKey[] = ['name', 'unit', 'status', 'progress', 'timeLeft', 'lastSeen'];

interface MonitorTableProps {
  rows: TrackedRow[];
  /** Sessions before filtering: tells "nobody assigned" from "nothing matches". */
  total: number;
  serverNow: number;
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
  onAction: (row: MonitorRowView, action: SessionAction) => void;
  onClearFilters: () => void;
}

/**
 * The sessions as a table, sortable by every column but the actions. Below 640 px each row is drawn
 * as a card (monitoring.css) with the header hidden, so a select takes over the sorting there.
 */
export function MonitorTable({ rows, total, serverNow, sort, onSort, onAction, onClearFilters }: MonitorTableProps) {
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
      <div className="table-wrap">
      <table className="table monitor-table" aria-label={t('monitoring.tableLabel')} data-testid="monitor-table">
        <thead>
          <tr>
            {SORTABLE.map((column) => (
              <SortableHeader
                key={column}
                label={t(`monitoring.columns.${column}`)}
                direction={sort.key === column ? sort.direction : undefined}
                onSort={() => onSort(nextSort(sort, column))}
                testId={`sort-${column}`}
              />
            ))}
            <th scope="col" className="cell-actions">
              {t('monitoring.columns.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <MonitorTableRow key={row.sessionId} row={row} serverNow={serverNow} onAction={(action) => onAction(row, action)} />
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
}
