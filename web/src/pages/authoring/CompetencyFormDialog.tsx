import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createCompetency, updateCompetency, type Competency } from '../../api/competencies';
import { ApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { TextAreaField, TextField } from '../../components/fields';
import { formIssuesFrom, NO_ISSUES, type FormIssues } from '../admin/formIssues';
import { describeError } from './describeError';

const FIELDS = ['code', 'name', 'description'] as const;
/** Same rule as the server's. */
const CODE_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;

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

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!CODE_PATTERN.test(values.code.trim())) fields.code = t('authoring.competencies.errors.code');
    if (!values.name.trim()) fields.name = t('authoring.competencies.errors.name');
    setIssues({ fields, general: [] });
    if (Object.keys(fields).length) return;
    setSaving(true);
    const input = { code: values.code.trim(), name: values.name.trim(), description: values.description.trim() };
    try {
      onSaved(competency ? await updateCompetency(competency.id, input) : await createCompetency(input));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'duplicate') setIssues({ fields: { code: t('authoring.conflicts.duplicateCode') }, general: [] });
      else if (error instanceof ApiError && error.issues?.length) setIssues(formIssuesFrom(t, error, FIELDS));
      else setIssues({ fields: {}, general: [describeError(t, error)] });
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
      <form className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        {issues.general.length > 0 && <Alert tone="danger">{issues.general.join(' ')}</Alert>}
        <div className="form-grid">
          <TextField label={t('authoring.competencies.code')} hint={t('authoring.competencies.codeHint')} spellCheck={false} autoComplete="off" {...field('code')} />
          <TextField label={t('authoring.competencies.name')} {...field('name')} />
        </div>
        <TextAreaField label={t('authoring.competencies.description')} rows={3} {...field('description')} />
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('common.saving') : competency ? t('common.save') : t('authoring.competencies.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
