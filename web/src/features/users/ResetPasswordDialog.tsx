import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { resetPassword, type AdminUser } from '../../api/users';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/fields';
import { FormActions } from '../../components/FormActions';
import { resetPasswordRequest } from '@common/schemas/users';
import { currentLanguage } from '../../i18n';
import { hasIssues, NO_ISSUES, schemaFormIssues, type FormIssues } from '../../i18n/schemaIssues';
import { formIssuesFrom } from '../../i18n/formIssues';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid';

interface ResetPasswordDialogProps {
  user: AdminUser;
  onClose: () => void;
  onDone: () => void;
}

export function ResetPasswordDialog({ user, onClose, onDone }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [issues, setIssues] = useState<FormIssues>(NO_ISSUES);
  const [saving, setSaving] = useState(false);
  const { formRef, refused } = useFocusFirstInvalid();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clientIssues = schemaFormIssues(resetPasswordRequest, { password }, ['password'], currentLanguage());
    if (hasIssues(clientIssues)) {
      setIssues(clientIssues);
      refused();
      return;
    }
    setSaving(true);
    try {
      await resetPassword(user.id, password);
      onDone();
    } catch (error) {
      setIssues(formIssuesFrom(t, error, ['password']));
      refused();
      setSaving(false);
    }
  }

  return (
    <Dialog title={t('resetPassword.title')} onClose={onClose} testId="reset-password">
      <form ref={formRef} className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        <p>{t('resetPassword.description', { name: user.name, username: user.username })}</p>
        {issues.general.length > 0 && <Alert tone="danger">{issues.general.join(' ')}</Alert>}
        <TextField
          label={t('resetPassword.newPassword')}
          type="password"
          autoComplete="new-password"
          hint={t('userForm.passwordHint')}
          value={password}
          error={issues.fields.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <FormActions onCancel={onClose} label={t('resetPassword.submit')} busy={saving} busyLabel={t('common.saving')} />
      </form>
    </Dialog>
  );
}
