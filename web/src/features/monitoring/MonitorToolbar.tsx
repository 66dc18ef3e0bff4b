import { useTranslation } from 'react-i18next';
import type { Presence, SessionStatus } from '../../api/monitoring';
import { SelectField, TextField } from '../../components/fields';
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
    <>
      <div className="toolbar" role="search">
        <div className="toolbar-search">
          <TextField
            label={t('monitoring.search')}
            type="search"
            placeholder={t('monitoring.searchPlaceholder')}
            value={filters.q}
            onChange={(event) => onChange({ ...filters, q: event.target.value })}
            data-testid="monitor-search"
          />
        </div>
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
      </div>
      <p className="muted table-caption" aria-live="polite" data-testid="monitor-showing">
        {t('monitoring.showing', { shown, total })}
      </p>
    </>
  );
}
