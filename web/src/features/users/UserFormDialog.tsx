import type { Role } from '@common/roles';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser, updateUser, type AdminUser } from '../../api/users';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/fields';
import { FormActions } from '../../components/FormActions';
import { currentLanguage } from '../../i18n';
import { hasIssues, NO_ISSUES, type FormIssues } from '../../i18n/schemaIssues';
import { formIssuesFrom } from '../../i18n/formIssues';
import { roleOptions } from './roleOptions';
import { newUserPayload, USER_FORM_FIELDS, userChanges, userFormIssues, userFormValues, type UserFormField, type UserFormValues } from './userFormValues';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid';

interface UserFormDialogProps {
  /** Absent: create a new user. */
  user?: AdminUser;
  onClose: () => void;
  onSaved: (user: AdminUser) => void;
}

export function UserFormDialog({ user, onClose, onSaved }: UserFormDialogProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<UserFormValues>(() => userFormValues(user));
  const [issues, setIssues] = useState<FormIssues>(NO_ISSUES);
  const [saving, setSaving] = useState(false);
  const { formRef, refused } = useFocusFirstInvalid();
  const creating = !user;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clientIssues = userFormIssues(values, currentLanguage(), user);
    if (hasIssues(clientIssues)) {
      setIssues(clientIssues);
      refused();
      return;
    }
    setSaving(true);
    setIssues(NO_ISSUES);
    try {
      if (user) {
        const changes = userChanges(user, values);
        onSaved(Object.keys(changes).length ? await updateUser(user.id, changes) : user);
      } else {
        onSaved(await createUser(newUserPayload(values)));
      }
    } catch (error) {
      setIssues(formIssuesFrom(t, error, USER_FORM_FIELDS));
      refused();
      setSaving(false);
    }
  }

  const field = (name: Exclude<UserFormField, 'role'>) => ({
    name,
    value: values[name],
    error: issues.fields[name],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <Dialog
      title={creating ? t('userForm.createTitle') : t('userForm.editTitle', { username: user.username })}
      onClose={onClose}
      testId="user-form"
    >
      <form ref={formRef} className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        {issues.general.length > 0 && (
          <Alert tone="danger" testId="user-form-error">
            <ul className="plain-list">
              {issues.general.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </Alert>
        )}
        <div className="form-grid">
          {creating && <TextField label={t('userForm.username')} autoComplete="off" spellCheck={false} {...field('username')} />}
          {creating && (
            <TextField
              label={t('userForm.password')}
              type="password"
              autoComplete="new-password"
              hint={t('userForm.passwordHint')}
              {...field('password')}
            />
          )}
          <TextField label={t('userForm.name')} {...field('name')} />
          <SelectField
            label={t('userForm.role')}
            name="role"
            value={values.role}
            error={issues.fields.role}
            options={roleOptions(t)}
            onChange={(event) => setValues((current) => ({ ...current, role: event.target.value as Role }))}
          />
          <TextField label={t('userForm.nip')} inputMode="numeric" {...field('nip')} />
          <TextField label={t('userForm.email')} type="email" autoComplete="off" {...field('email')} />
          <TextField label={t('userForm.unit')} {...field('unit')} />
          <TextField label={t('userForm.position')} {...field('position')} />
        </div>
        <FormActions onCancel={onClose} label={creating ? t('userForm.create') : t('common.save')} busy={saving} busyLabel={t('common.saving')} />
      </form>
    </Dialog>
  );
}
