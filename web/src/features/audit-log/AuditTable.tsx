import type { AssessmentTimeZone } from '@common/schemas/assessments';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/records';
import { formatDateTime } from '../../i18n/format';
import { AuditDiff } from './AuditDiff';

/** Audit times are read in WIB, where the company works, 24-hour with the zone named. */
const AUDIT_ZONE: AssessmentTimeZone = 'Asia/Jakarta';

function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const dash = t('common.empty');
  return (
    <tr data-testid="audit-entry" data-action={entry.action} data-entry-id={entry.id}>
      <td className="cell-nowrap cell-mono" data-testid="audit-at">
        {formatDateTime(entry.at, i18n.language, { timeZone: AUDIT_ZONE, seconds: true, zoneName: true })}
      </td>
      <td className="cell-strong">{entry.actorName ?? t('auditLog.deletedActor')}</td>
      <td>
        <div>{t(`auditLog.actions.${entry.action}`, { defaultValue: entry.action })}</div>
        <div className="cell-sub cell-mono cell-nowrap">{entry.action}</div>
      </td>
      <td className="audit-target">
        <div>{t(`auditLog.targets.${entry.targetType}`, { defaultValue: entry.targetType })}</div>
        <div className="cell-sub cell-mono">{entry.targetId}</div>
      </td>
      <td className="audit-reason">{entry.reason || dash}</td>
      <td className="audit-change">
        <AuditDiff action={entry.action} before={entry.before} after={entry.after} />
      </td>
    </tr>
  );
}

/** The audit entries, newest first: when (WIB), who, what, on what, why, and what changed. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-compact audit-table" data-testid="audit-entries">
        <thead>
          <tr>
            <th scope="col">{t('auditLog.columns.at', { zone: 'WIB' })}</th>
            <th scope="col">{t('auditLog.columns.actor')}</th>
            <th scope="col">{t('auditLog.columns.action')}</th>
            <th scope="col">{t('auditLog.columns.target')}</th>
            <th scope="col">{t('auditLog.columns.reason')}</th>
            <th scope="col">{t('auditLog.columns.change')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
