import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MySession } from '../../api/me';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { takeExamPath } from './paths';

/** Starting fixes the deadline for good, so the worker confirms once, knowing the time will run. */
export function StartExamDialog({ session, onClose }: { session: MySession; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Dialog title={t('myAssessments.startDialog.title')} onClose={onClose} testId="start-dialog">
      <div className="form">
        <p>{t('myAssessments.startDialog.body', { title: session.title, minutes: session.durationMinutes })}</p>
        <p className="muted">{t('myAssessments.startDialog.autosave')}</p>
        <FormActions onCancel={onClose} label={t('myAssessments.startDialog.confirm')} onConfirm={() => void navigate(takeExamPath(session.id))} testId="confirm-start" />
      </div>
    </Dialog>
  );
}
