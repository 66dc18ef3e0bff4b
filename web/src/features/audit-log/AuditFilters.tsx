import { AUDITED_ACTIONS, rolesAllowed } from '@common/policy';
import { TIME_ZONE_LABELS } from '@common/schemas/assessments';
import { useTranslation } from 'react-i18next';
import { listAuditActions } from '../../api/records';
import { listUsers } from '../../api/users';
import { DateField } from '../../components/DateTimeField';
import { SelectField } from '../../components/fields';
import { SearchToolbar } from '../../components/SearchToolbar';
import { useLoader } from '../../hooks/useLoader';
import type { AuditFilterValues } from './auditFilters';
import { AUDIT_ZONE } from './auditValue';

/** Everyone whose role may do an audited action (the policy table decides), by name. */
async function loadActors(signal: AbortSignal) {
  const byRole = await Promise.all(rolesAllowed(AUDITED_ACTIONS).map((role) => listUsers({ role }, signal)));
  return byRole.flat().sort((a, b) => a.name.localeCompare(b.name));
}

/** Actor, action and WIB date range (both days included), and a way to clear them. */
export function AuditFilters({ filters, onChange }: { filters: AuditFilterValues; onChange: (filters: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const { data: actors } = useLoader(loadActors, 'audit-actors');
  const { data: actions } = useLoader(listAuditActions, 'audit-actions');
  const set = (change: Partial<AuditFilterValues>) => onChange({ ...filters, ...change });
  const all = { value: '', label: t('auditLog.filters.all') };
  const filtered = Object.values(filters).some(Boolean);
  /** The days are WIB days (auditView.wibDayRange), and say so. */
  const zoneLabel = TIME_ZONE_LABELS[AUDIT_ZONE];
  return (
    <SearchToolbar testId="audit-filters">
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
      <DateField label={t('auditLog.filters.from')} value={filters.from} max={filters.to} zoneLabel={zoneLabel} onChange={(from) => set({ from })} testId="audit-from" />
      <DateField label={t('auditLog.filters.to')} value={filters.to} min={filters.from} zoneLabel={zoneLabel} onChange={(to) => set({ to })} testId="audit-to" />
      {filtered && (
        <button type="button" className="button button-secondary" onClick={() => onChange({ actor: '', action: '', from: '', to: '' })} data-testid="audit-clear">
          {t('auditLog.filters.clear')}
        </button>
      )}
    </SearchToolbar>
  );
}
