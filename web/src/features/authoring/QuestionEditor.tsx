import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addQuestion, updateQuestion, type AuthoredQuestion } from '../../api/questionBank';
import { Alert } from '../../components/Alert';
import { TextAreaField, TextField } from '../../components/fields';
import { FormActions } from '../../components/FormActions';
import { currentLanguage } from '../../i18n';
import { formIssuesFrom } from '../../i18n/formIssues';
import { hasIssues, NO_ISSUES, type FormIssues } from '../../i18n/schemaIssues';
import { describeError } from './describeError';
import { ImagePicker } from './ImagePicker';
import { OptionsEditor } from './OptionsEditor';
import { draftOf, emptyDraft, optionTextField, questionFields, questionPayload, validateQuestion } from './questionForm';
import { QuestionPreview } from './QuestionPreview';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid';

interface QuestionEditorProps {
  packageId: string;
  packageName: string;
  /** Absent: a new question, added at the end of the package. */
  question?: AuthoredQuestion;
  /** Its number in the package, for the preview. */
  number: number;
  onCancel: () => void;
  onSaved: () => void;
}

/** Adds or edits one question, beside a live preview of what the worker will see. */
export function QuestionEditor({ packageId, packageName, question, number, onCancel, onSaved }: QuestionEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => (question ? draftOf(question) : emptyDraft()));
  const [checked, setChecked] = useState(false);
  const [serverIssues, setServerIssues] = useState<FormIssues>(NO_ISSUES);
  const [saving, setSaving] = useState(false);
  const { formRef, refused } = useFocusFirstInvalid();

  const language = currentLanguage();
  const clientIssues = checked ? validateQuestion(draft, language) : NO_ISSUES;
  const errors = { ...serverIssues.fields, ...clientIssues.fields };
  const general = [...serverIssues.general, ...clientIssues.general];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    setServerIssues(NO_ISSUES);
    if (hasIssues(validateQuestion(draft, language))) return refused();
    setSaving(true);
    try {
      if (question) await updateQuestion(question.id, questionPayload(draft));
      else await addQuestion(packageId, questionPayload(draft));
      onSaved();
    } catch (error) {
      setServerIssues(formIssuesFrom(t, error, questionFields(draft.options.length), describeError));
      refused();
      setSaving(false);
    }
  }

  const title = question ? t('authoring.question.editTitle', { number, name: packageName }) : t('authoring.question.addTitle', { name: packageName });
  return (
    <section className="question-editor" aria-label={title} data-testid="question-editor">
      <h2>{title}</h2>
      <div className="question-editor-layout">
        <form ref={formRef} className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
          {general.length > 0 && <Alert tone="danger">{general.join(' ')}</Alert>}
          <TextAreaField
            label={t('authoring.question.text')}
            hint={t('authoring.question.textHint')}
            rows={5}
            value={draft.text}
            error={errors.text}
            onChange={(event) => setDraft({ ...draft, text: event.target.value })}
          />
          <ImagePicker imageId={draft.imageId} alt={draft.text.slice(0, 200) || t('images.questionAlt')} onChange={(imageId) => setDraft({ ...draft, imageId })} />
          <div className="form-grid">
            <TextField
              label={t('authoring.question.points')}
              type="number"
              inputMode="numeric"
              min={1}
              value={draft.points}
              error={errors.points}
              onChange={(event) => setDraft({ ...draft, points: event.target.value })}
            />
          </div>
          <OptionsEditor
            options={draft.options}
            correctIndex={draft.correctIndex}
            error={errors.options}
            optionErrors={draft.options.map((_, index) => errors[optionTextField(index)])}
            onChange={(options, correctIndex) => setDraft({ ...draft, options, correctIndex })}
          />
          <FormActions onCancel={onCancel} label={t('authoring.question.save')} busy={saving} busyLabel={t('common.saving')} testId="save-question" />
        </form>
        <QuestionPreview number={number} text={draft.text} imageId={draft.imageId} options={draft.options} />
      </div>
    </section>
  );
}
