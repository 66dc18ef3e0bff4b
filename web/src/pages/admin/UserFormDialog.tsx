import type { Role } from '@common/roles';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser, updateUser, type AdminUser, type UserChanges } from '../../api/users';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/fields';
import { formIssuesFrom, NO_ISSUES, type FormIssues } from './formIssues';
import { roleOptions } from './roleOptions';

const PROFILE_FIELDS = ['name', 'nip', 'email', 'unit', 'position'] as const;
const ALL_FIELDS = ['username', 'password', 'role', ...PROFILE_FIELDS] as const;
type FieldName = (typeof ALL_FIELDS)[number];
type Values = Record<Exclude<FieldName, 'role'>, string> & { role: Role };

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Same rule as the server's: 3 to 64 letters, digits, dots, dashes or underscores. */
const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,64}$/;

function initialValues(user?: AdminUser): Values {
  return {
    username: user?.username ?? '',
    password: '',
    name: user?.name ?? '',
    role: user?.role ?? 'coachee',
    nip: user?.nip ?? '',
    email: user?.email ?? '',
    unit: user?.unit ?? '',
    position: user?.position ?? '',
  };
}

/** Only what changed; an emptied optional field is sent as "" (the server stores null). */
function changesBetween(user: AdminUser, values: Values): UserChanges {
  const changes: UserChanges = {};
  if (values.role !== user.role) changes.role = values.role;
  for (const field of PROFILE_FIELDS) {
    if (values[field].trim() !== (user[field] ?? '')) changes[field] = values[field].trim();
  }
  return changes;
}

interface UserFormDialogProps {
  /** Absent: create a new user. */
  user?: AdminUser;
  onClose: () => void;
  onSaved: (user: AdminUser) => void;
}

export function UserFormDialog({ user, onClose, onSaved }: UserFormDialogProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => initialValues(user));
  const [issues, setIssues] = useState<FormIssues>(NO_ISSUES);
  const [saving, setSaving] = useState(false);
  const creating = !user;

  function validate(): Record<string, string> {
    const errors: Record<string, string> = {};
    if (creating && !values.username.trim()) errors.username = t('userForm.requiredField');
    else if (creating && !USERNAME_PATTERN.test(values.username.trim())) errors.username = t('userForm.invalidUsername');
    if (creating && values.password.length < 8) errors.password = t('userForm.passwordTooShort');
    if (!values.name.trim()) errors.name = t('userForm.requiredField');
    if (values.email.trim() && !EMAIL_PATTERN.test(values.email.trim())) errors.email = t('userForm.invalidEmail');
    return errors;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clientErrors = validate();
    if (Object.keys(clientErrors).length) {
      setIssues({ fields: clientErrors, general: [] });
      return;
    }
    setSaving(true);
    setIssues(NO_ISSUES);
    try {
      if (user) {
        const changes = changesBetween(user, values);
        onSaved(Object.keys(changes).length ? await updateUser(user.id, changes) : user);
      } else {
        const optional = Object.fromEntries(
          PROFILE_FIELDS.filter((field) => field !== 'name' && values[field].trim()).map((field) => [field, values[field].trim()]),
        );
        onSaved(
          await createUser({
            username: values.username.trim(),
            password: values.password,
            name: values.name.trim(),
            role: values.role,
            ...optional,
          }),
        );
      }
    } catch (error) {
      setIssues(formIssuesFrom(t, error, ALL_FIELDS));
      setSaving(false);
    }
  }

  const field = (name: Exclude<FieldName, 'role'>) => ({
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
      <form className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
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
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('common.saving') : creating ? t('userForm.create') : t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
