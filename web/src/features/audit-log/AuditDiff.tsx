import { useTranslation } from 'react-i18next';
import { auditDiff, diffValue } from './auditView';

/**
 * An entry's before and after as the fields that changed: "field: old → new" with the old value
 * struck through (<del>) and the new one marked (<ins>), added and removed fields said in words;
 * unchanged fields are counted, not listed. A field is named by `auditLog.fields.<action>.<field>`
 * where the action has such labels, else as it is stored.
 */
export function AuditDiff({ action, before, after }: { action: string; before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const lines = auditDiff(before, after);
  const changed = lines.filter((line) => line.change !== 'same');
  const unchanged = lines.length - changed.length;
  if (!lines.length) return <span className="muted">{t('common.empty')}</span>;
  return (
    <div className="audit-diff" data-testid="audit-diff">
      {changed.length > 0 && (
        <dl>
          {changed.map((line) => (
            <div key={line.path} className={`audit-diff-line audit-diff-${line.change}`} data-testid="audit-diff-line" data-field={line.path} data-change={line.change}>
              <dt>{line.path ? t(`auditLog.fields.${action}.${line.path}`, { defaultValue: line.path }) : t('auditLog.diff.value')}</dt>
              <dd>
                {line.change !== 'added' && <del>{diffValue(line.before)}</del>}
                {line.change === 'changed' && <span aria-hidden="true"> → </span>}
                {line.change !== 'removed' && <ins>{diffValue(line.after)}</ins>}
                {line.change !== 'changed' && <span className="audit-diff-kind"> ({t(`auditLog.diff.${line.change}`)})</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {unchanged > 0 && <p className="cell-sub">{t('auditLog.diff.unchanged', { count: unchanged })}</p>}
    </div>
  );
}
