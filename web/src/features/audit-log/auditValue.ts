import { AUDITED_FIELDS, isAuditedField, type AuditValueKind } from '@common/audit-fields';
import { TIME_ZONE_LABELS, type AssessmentTimeZone } from '@common/schemas/assessments';
import { OPTION_LETTERS } from '@common/schemas/question-bank';
import type { TFunction } from 'i18next';
import { formatDateTime, formatNumber, formatPercent } from '../../i18n/format';
import { isRecord } from './auditView';

/** Audit entries are read in WIB, the zone the log's date filter counts days in. */
export const AUDIT_ZONE: AssessmentTimeZone = 'Asia/Jakarta';

/** A question's options as "A. text ✓; B. text", the correct one(s) ticked. */
function optionsText(value: unknown, t: TFunction): string {
  if (!Array.isArray(value)) return String(value);
  return value
    .map((option: unknown, i) => {
      const text = isRecord(option) && typeof option.text === 'string' ? option.text : '';
      const correct = isRecord(option) && option.correct === true ? ` (${t('auditLog.values.correct')})` : '';
      return `${OPTION_LETTERS[i] ?? i + 1}. ${text}${correct}`;
    })
    .join('; ');
}

function byKind(kind: AuditValueKind, value: unknown, t: TFunction, language: string): string {
  switch (kind) {
    case 'time':
      return typeof value === 'string' ? formatDateTime(value, language, { timeZone: AUDIT_ZONE, zoneName: true }) : String(value);
    case 'yesNo':
      return t(value ? 'auditLog.values.yes' : 'auditLog.values.no');
    case 'minutes':
      return typeof value === 'number' ? t('auditLog.values.minutes', { count: value, minutes: formatNumber(value, language) }) : String(value);
    case 'percent':
      return typeof value === 'number' ? formatPercent(value, language) : String(value);
    case 'count':
      return typeof value === 'number' ? formatNumber(value, language) : String(value);
    case 'sessionStatus':
      return t(`sessionStatus.${String(value)}`);
    case 'role':
      return t(`roles.${String(value)}`);
    case 'overduePolicy':
      return t(`authoring.form.overdue.${String(value)}`);
    case 'timeZone':
      return TIME_ZONE_LABELS[value as AssessmentTimeZone] ?? String(value);
    case 'options':
      return optionsText(value, t);
    case 'ids':
    case 'list':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'id':
    case 'text':
      return String(value);
  }
}

/**
 * One side of an audit diff line as people read it: times in WIB with the zone named, yes/no,
 * minutes with their unit, statuses, roles and policies by their labels. `field` is the line's
 * path ('' for a whole value, such as a new question order); empty for an absent value.
 */
export function formatAuditValue(field: string, value: unknown, t: TFunction, language: string): string {
  if (value === undefined || value === null) return '';
  if (isAuditedField(field)) return byKind(AUDITED_FIELDS[field], value, t, language);
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The words for a diff line's field: its label, or "value" for a whole value or a field no longer recorded. */
export function auditFieldLabel(field: string, t: TFunction): string {
  return isAuditedField(field) ? t(`auditLog.fields.${field}`) : t('auditLog.diff.value');
}
