import type { OverduePolicy } from '@common/schemas/assessments';
import { OVERDUE_POLICIES } from '@common/schemas/assessments';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields';

interface OverduePolicyFieldsProps {
  policy: OverduePolicy;
  graceMinutes: string;
  disabled: boolean;
  error?: string;
  onPolicyChange: (policy: OverduePolicy) => void;
  onGraceChange: (minutes: string) => void;
}

/** What happens when a worker's time runs out: automatic submission, or N minutes in which they may only submit. */
export function OverduePolicyFields({ policy, graceMinutes, disabled, error, onPolicyChange, onGraceChange }: OverduePolicyFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section" disabled={disabled}>
      <legend>{t('authoring.form.overduePolicy')}</legend>
      <div className="radio-cards">
        {OVERDUE_POLICIES.map((value) => (
          <label key={value} className={policy === value ? 'radio-card radio-card-selected' : 'radio-card'}>
            <input type="radio" name="overduePolicy" value={value} checked={policy === value} onChange={() => onPolicyChange(value)} />
            <span>
              <span className="radio-card-title">{t(`authoring.form.overdue.${value}`)}</span>
              <span className="field-hint">{t(`authoring.form.overdue.${value}Hint`)}</span>
            </span>
          </label>
        ))}
      </div>
      {policy === 'grace' && (
        <div className="form-grid">
          <TextField
            label={t('authoring.form.graceMinutes')}
            type="number"
            inputMode="numeric"
            min={1}
            max={120}
            hint={t('authoring.form.graceMinutesHint')}
            value={graceMinutes}
            error={error}
            onChange={(event) => onGraceChange(event.target.value)}
          />
        </div>
      )}
    </fieldset>
  );
}
