import { useTranslation } from 'react-i18next';
import type { Presence, SessionStatus } from '../../api/monitoring';
import { SelectField } from '../../components/fields';
import { SearchToolbar } from '../../components/SearchToolbar';
import { PRESENCE_ORDER, STATUS_ORDER, type RowFilters } from './rowView';

interface MonitorToolbarProps {
  filters: RowFilters;
  onChange: (filters: RowFilters) => void;
  shown: number;
  total: number;
}

/** Search on name or unit, status and presence filters, and how many rows they leave. */
export function MonitorToolbar({ filters, onChange, shown, total }: MonitorToolbarProps) {
  const { t } = useTranslation();
  return (
    <SearchToolbar
      search={{ label: t('monitoring.search'), placeholder: t('monitoring.searchPlaceholder'), value: filters.q, onChange: (q) => onChange({ ...filters, q }), testId: 'monitor-search' }}
      count={t('monitoring.showing', { shown, total })}
      countTestId="monitor-showing"
    >
      <SelectField
        label={t('monitoring.statusFilter')}
        value={filters.status}
        onChange={(event) => onChange({ ...filters, status: event.target.value as SessionStatus | '' })}
        options={[{ value: '', label: t('monitoring.allStatuses') }, ...STATUS_ORDER.map((status) => ({ value: status, label: t(`sessionStatus.${status}`) }))]}
        data-testid="monitor-status-filter"
      />
      <SelectField
        label={t('monitoring.presenceFilter')}
        value={filters.presence}
        onChange={(event) => onChange({ ...filters, presence: event.target.value as Presence | '' })}
        options={[{ value: '', label: t('monitoring.allPresences') }, ...PRESENCE_ORDER.map((presence) => ({ value: presence, label: t(`monitoring.presence.${presence}`) }))]}
        data-testid="monitor-presence-filter"
      />
    </SearchToolbar>
  );
}
