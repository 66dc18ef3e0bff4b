import { TIME_ZONE_LABELS } from '@common/schemas/assessments';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/records';
import { DataTable, type Column } from '../../components/DataTable';
import { formatDateTime } from '../../i18n/format';
import { AuditDiff } from './AuditDiff';
import { AUDIT_ZONE } from './auditValue';

/** The audit entries, newest first: when (WIB), who, what, on what, why, and what changed. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const columns: Column<AuditEntry>[] = [
    {
      id: 'at',
      header: t('auditLog.columns.at', { zone: TIME_ZONE_LABELS[AUDIT_ZONE] }),
      cellProps: { className: 'cell-nowrap cell-mono', 'data-testid': 'audit-at' },
      cell: (entry) => formatDateTime(entry.at, i18n.language, { timeZone: AUDIT_ZONE, seconds: true, zoneName: true }),
    },
    { id: 'actor', header: t('auditLog.columns.actor'), cellProps: { className: 'cell-strong' }, cell: (entry) => entry.actorName ?? t('auditLog.deletedActor') },
    {
      id: 'action',
      header: t('auditLog.columns.action'),
      cell: (entry) => (
        <>
          <div>{t(`auditLog.actions.${entry.action}`, { defaultValue: entry.action })}</div>
          <div className="cell-sub cell-mono cell-nowrap">{entry.action}</div>
        </>
      ),
    },
    {
      id: 'target',
      header: t('auditLog.columns.target'),
      cellProps: { className: 'audit-target' },
      cell: (entry) => (
        <>
          <div>{t(`auditLog.targets.${entry.targetType}`, { defaultValue: entry.targetType })}</div>
          <div className="cell-sub cell-mono">{entry.targetId}</div>
        </>
      ),
    },
    { id: 'reason', header: t('auditLog.columns.reason'), cellProps: { className: 'audit-reason' }, cell: (entry) => entry.reason || t('common.empty') },
    {
      id: 'change',
      header: t('auditLog.columns.change'),
      cellProps: { className: 'audit-change' },
      cell: (entry) => <AuditDiff before={entry.before} after={entry.after} />,
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={entries}
      rowKey={(entry) => entry.id}
      rowProps={(entry) => ({ 'data-testid': 'audit-entry', 'data-action': entry.action, 'data-entry-id': entry.id })}
      label={t('auditLog.title')}
      className="table-compact audit-table"
      testId="audit-entries"
    />
  );
}
