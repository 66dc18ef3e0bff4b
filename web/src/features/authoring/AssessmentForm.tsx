import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency } from '../../api/competencies';
import { Alert } from '../../components/Alert';
import { FormActions } from '../../components/FormActions';
import { ASSESSMENT_TIME_ZONES, TIME_ZONE_LABELS, type AssessmentTimeZone } from '@common/schemas/assessments';
import { DateTimeField } from '../../components/DateTimeField';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { formIssuesFrom } from '../../i18n/formIssues';
import { currentLanguage } from '../../i18n';
import {
  ASSESSMENT_FIELDS, editableWhenLocked, validateAssessment, withTimeZone, type AssessmentField, type AssessmentFormValues, type FieldErrors,
} from './assessmentFormValues';
import { CompetencyChecklist } from './CompetencyChecklist';
import { describeError } from './describeError';
import { OverduePolicyFields } from './OverduePolicyFields';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid';

/** The on/off delivery settings, each a checkbox with its label and hint under authoring.form.<name>. */
const DELIVERY_FLAGS = ['shuffleQuestions', 'shuffleOptions', 'allowReview', 'published'] as const;

interface AssessmentFormProps {
  initial: AssessmentFormValues;
  /** A worker has started: only title, description, closing time, pass score and time zone stay editable. */
  locked: boolean;
  competencies: Competency[];
  submitLabel: string;
  /** Throws the server's ApiError when the save is refused. */
  onSave: (values: AssessmentFormValues) => Promise<void>;
}

/** Every setting of an assessment; the server's validation messages appear next to their fields. */
export function AssessmentForm({ initial, locked, competencies, submitLabel, onSave }: AssessmentFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  /** After a first save attempt the form's own checks run on every change, in the current language. */
  const [checked, setChecked] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const { formRef, refused } = useFocusFirstInvalid();

  const errors: FieldErrors = { ...serverErrors, ...(checked ? validateAssessment(values, currentLanguage()) : {}) };
  const set = <K extends AssessmentField>(name: K, value: AssessmentFormValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const frozen = (name: AssessmentField) => locked && !editableWhenLocked(name);
  const text = (name: 'title' | 'durationMinutes' | 'passScore' | 'questionsPerPage') => ({
    name,
    value: values[name],
    error: errors[name],
    disabled: frozen(name),
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
  });
  const numeric = { type: 'number', inputMode: 'numeric' } as const;
  /** Opening and closing are typed on the assessment zone's clock, which is named beside them. */
  const time = (name: 'opensAt' | 'closesAt') => ({
    label: t(`authoring.form.${name}`),
    value: values[name],
    error: errors[name],
    disabled: frozen(name),
    zoneLabel: TIME_ZONE_LABELS[values.timeZone],
    onChange: (value: string) => set(name, value),
    testId: `assessment-${name}`,
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    setServerErrors({});
    setGeneral([]);
    if (Object.keys(validateAssessment(values, currentLanguage())).length) return refused();
    setSaving(true);
    try {
      await onSave(values);
    } catch (error) {
      const issues = formIssuesFrom(t, error, ASSESSMENT_FIELDS, describeError);
      setServerErrors(issues.fields);
      setGeneral(issues.general);
      refused();
    } finally {
      setSaving(false);
    }
  }

  return (
    <form ref={formRef} className="form assessment-form" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="assessment-form">
      {general.length > 0 && (
        <Alert tone="danger" testId="assessment-form-error">
          {general.join(' ')}
        </Alert>
      )}
      <fieldset className="form-section">
        <legend>{t('authoring.form.basics')}</legend>
        <TextField label={t('authoring.form.title')} {...text('title')} />
        <TextAreaField
          label={t('authoring.form.description')}
          rows={3}
          value={values.description}
          error={errors.description}
          onChange={(event) => set('description', event.target.value)}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('authoring.form.schedule')}</legend>
        <div className="form-grid">
          <DateTimeField {...time('opensAt')} />
          <DateTimeField {...time('closesAt')} />
          <TextField label={t('authoring.form.durationMinutes')} hint={t('authoring.form.durationHint')} min={1} max={600} {...numeric} {...text('durationMinutes')} />
          <TextField label={t('authoring.form.passScore')} hint={t('authoring.form.passScoreHint')} min={0} max={100} {...numeric} {...text('passScore')} />
          <SelectField
            label={t('authoring.form.timeZone')}
            hint={t('authoring.form.timeZoneHint')}
            options={ASSESSMENT_TIME_ZONES.map((zone) => ({ value: zone, label: t(`authoring.form.timeZones.${TIME_ZONE_LABELS[zone]}`) }))}
            value={values.timeZone}
            error={errors.timeZone}
            disabled={frozen('timeZone')}
            onChange={(event) => setValues((current) => withTimeZone(current, event.target.value as AssessmentTimeZone, frozen))}
            data-testid="assessment-time-zone"
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('authoring.form.delivery')}</legend>
        <div className="form-grid">
          <TextField label={t('authoring.form.questionsPerPage')} hint={t('authoring.form.questionsPerPageHint')} min={1} max={50} {...numeric} {...text('questionsPerPage')} />
        </div>
        <div className="checkbox-group">
          {DELIVERY_FLAGS.map((name) => (
            <CheckboxField
              key={name}
              label={t(`authoring.form.${name}`)}
              hint={t(`authoring.form.${name}Hint`)}
              checked={values[name]}
              disabled={frozen(name)}
              onChange={(event) => set(name, event.target.checked)}
            />
          ))}
        </div>
      </fieldset>
      <OverduePolicyFields
        policy={values.overduePolicy}
        graceMinutes={values.graceMinutes}
        disabled={frozen('overduePolicy')}
        error={errors.graceMinutes}
        onPolicyChange={(policy) => set('overduePolicy', policy)}
        onGraceChange={(minutes) => set('graceMinutes', minutes)}
      />
      <CompetencyChecklist
        competencies={competencies}
        selected={values.competencyIds}
        disabled={frozen('competencyIds')}
        error={errors.competencyIds}
        onChange={(ids) => set('competencyIds', ids)}
      />
      <FormActions label={submitLabel} busy={saving} busyLabel={t('common.saving')} testId="save-assessment" />
    </form>
  );
}
