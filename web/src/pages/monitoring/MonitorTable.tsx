import { useTranslation } from 'react-i18next';
import type { MonitorRowView, SessionAction } from '../../api/monitoring';
import { EmptyState } from '../../components/EmptyState';
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

function SortHeader({ column, sort, onSort }: { column: SortKey; sort: SortOrder; onSort: (sort: SortOrder) => void }) {
  const { t } = useTranslation();
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="monitor-sort" onClick={() => onSort(nextSort(sort, column))} data-testid={`sort-${column}`}>
        {t(`monitoring.columns.${column}`)}
        <span className={active ? 'monitor-sort-arrow monitor-sort-arrow-active' : 'monitor-sort-arrow'} aria-hidden="true">
          {active && sort.direction === 'desc' ? '▼' : '▲'}
        </span>
      </button>
    </th>
  );
}

/** The sessions as a table: sortable by every column but the actions, scrolling sideways on small screens. */
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
    <div className="table-wrap">
      <table className="table monitor-table" aria-label={t('monitoring.tableLabel')} data-testid="monitor-table">
        <thead>
          <tr>
            {SORTABLE.map((column) => (
              <SortHeader key={column} column={column} sort={sort} onSort={onSort} />
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
  );
}
