import { createCompetencyRequest } from '@common/schemas/competencies';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createCompetency, updateCompetency, type Competency } from '../../api/competencies';
import { ApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { TextAreaField, TextField } from '../../components/fields';
import { FormActions } from '../../components/FormActions';
import { currentLanguage } from '../../i18n';
import { hasIssues, NO_ISSUES, schemaFormIssues, type FormIssues } from '../../i18n/schemaIssues';
import { formIssuesFrom } from '../../i18n/formIssues';
import { describeError } from './describeError';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid';

const FIELDS = ['code', 'name', 'description'] as const;

interface CompetencyFormDialogProps {
  /** Absent: a new competency. */
  competency?: Competency;
  onClose: () => void;
  onSaved: (competency: Competency) => void;
}

export function CompetencyFormDialog({ competency, onClose, onSaved }: CompetencyFormDialogProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ code: competency?.code ?? '', name: competency?.name ?? '', description: competency?.description ?? '' });
  const [issues, setIssues] = useState<FormIssues>(NO_ISSUES);
  const [saving, setSaving] = useState(false);
  const { formRef, refused } = useFocusFirstInvalid();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { code: values.code.trim(), name: values.name.trim(), description: values.description.trim() };
    // The server's own schema: an edit sends every field too, so the create rules are the edit's.
    const clientIssues = schemaFormIssues(createCompetencyRequest, input, FIELDS, currentLanguage());
    setIssues(clientIssues);
    if (hasIssues(clientIssues)) return refused();
    setSaving(true);
    try {
      onSaved(competency ? await updateCompetency(competency.id, input) : await createCompetency(input));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'duplicate') setIssues({ fields: { code: t('authoring.conflicts.duplicateCode') }, general: [] });
      else setIssues(formIssuesFrom(t, error, FIELDS, describeError));
      refused();
      setSaving(false);
    }
  }

  const field = (name: (typeof FIELDS)[number]) => ({
    value: values[name],
    error: issues.fields[name],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <Dialog title={competency ? t('authoring.competencies.editTitle', { code: competency.code }) : t('authoring.competencies.createTitle')} onClose={onClose} testId="competency-form">
      <form ref={formRef} className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        {issues.general.length > 0 && <Alert tone="danger">{issues.general.join(' ')}</Alert>}
        <div className="form-grid">
          <TextField label={t('authoring.competencies.code')} hint={t('authoring.competencies.codeHint')} spellCheck={false} autoComplete="off" {...field('code')} />
          <TextField label={t('authoring.competencies.name')} {...field('name')} />
        </div>
        <TextAreaField label={t('authoring.competencies.description')} rows={3} {...field('description')} />
        <FormActions onCancel={onClose} label={competency ? t('common.save') : t('authoring.competencies.create')} busy={saving} busyLabel={t('common.saving')} />
      </form>
    </Dialog>
  );
}
