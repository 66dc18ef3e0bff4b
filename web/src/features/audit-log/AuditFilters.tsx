import { useTranslation } from 'react-i18next';
import { listAuditActions } from '../../api/records';
import { listUsers } from '../../api/users';
import { SelectField, TextField } from '../../components/fields';
import { useLoader } from '../../hooks/useLoader';
import type { AuditFilterValues } from './auditFilters';

/** Only staff act on what the audit log records: HC and administrators, by name. */
async function loadActors(signal: AbortSignal) {
  const [hc, admins] = await Promise.all([listUsers({ role: 'hc' }, signal), listUsers({ role: 'admin' }, signal)]);
  return [...admins, ...hc].sort((a, b) => a.name.localeCompare(b.name));
}

/** Actor, action and WIB date range (both days included), and a way to clear them. */
export function AuditFilters({ filters, onChange }: { filters: AuditFilterValues; onChange: (filters: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const { data: actors } = useLoader(loadActors, 'audit-actors');
  const { data: actions } = useLoader(listAuditActions, 'audit-actions');
  const set = (change: Partial<AuditFilterValues>) => onChange({ ...filters, ...change });
  const all = { value: '', label: t('auditLog.filters.all') };
  const filtered = Object.values(filters).some(Boolean);
  return (
    <div className="toolbar audit-filters" data-testid="audit-filters">
      <SelectField
        label={t('auditLog.filters.actor')}
        value={filters.actor}
        onChange={(event) => set({ actor: event.target.value })}
        options={[all, ...(actors ?? []).map((user) => ({ value: user.id, label: user.name }))]}
        data-testid="audit-actor-filter"
      />
      <SelectField
        label={t('auditLog.filters.action')}
        value={filters.action}
        onChange={(event) => set({ action: event.target.value })}
        options={[all, ...(actions ?? []).map((action) => ({ value: action, label: t(`auditLog.actions.${action}`, { defaultValue: action }) }))]}
        data-testid="audit-action-filter"
      />
      <TextField type="date" label={t('auditLog.filters.from')} value={filters.from} max={filters.to || undefined} onChange={(event) => set({ from: event.target.value })} data-testid="audit-from" />
      <TextField type="date" label={t('auditLog.filters.to')} value={filters.to} min={filters.from || undefined} onChange={(event) => set({ to: event.target.value })} data-testid="audit-to" />
      {filtered && (
        <button type="button" className="button button-secondary" onClick={() => onChange({ actor: '', action: '', from: '', to: '' })} data-testid="audit-clear">
          {t('auditLog.filters.clear')}
        </button>
      )}
    </div>
  );
}
