import { useTranslation } from 'react-i18next';
import { formatAuditValue, auditFieldLabel } from './auditValue';
import { auditDiff } from './auditView';

/**
 * An entry's before and after as the fields that changed: "field: old → new" with the old value
 * struck through (<del>) and the new one marked (<ins>), added and removed fields said in words;
 * unchanged fields are counted, not listed. Fields are named and their values written for people
 * (auditValue.ts), never by their code names.
 */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t, i18n } = useTranslation();
  const show = (field: string, value: unknown) => formatAuditValue(field, value, t, i18n.language);
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
              <dt>{auditFieldLabel(line.path, t)}</dt>
              <dd>
                {line.change !== 'added' && <del>{show(line.path, line.before)}</del>}
                {line.change === 'changed' && <span aria-hidden="true"> → </span>}
                {line.change !== 'removed' && <ins>{show(line.path, line.after)}</ins>}
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
