import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { errorMessage } from '../../i18n/errorMessage';
import type { FinishTrigger } from './useExamEnding';

interface SubmitDialogProps {
  answered: number;
  total: number;
  finishing: FinishTrigger | null;
  offline: boolean;
  error: unknown;
  onConfirm(): void;
  onClose(): void;
}

/**
 * Asks before submitting, then shows the submit under way: the last answers going out first, and
 * plainly what happens when the network is down (answers are kept here and sent when it is back).
 */
export function SubmitDialog({ answered, total, finishing, offline, error, onConfirm, onClose }: SubmitDialogProps) {
  const { t } = useTranslation();
  const unanswered = total - answered;
  // Only the worker's own submit can be called off; the clock and the server do not wait.
  const closable = finishing === null || finishing === 'submit';
  return (
    <Dialog title={t('exam.submit.title')} onClose={closable ? onClose : undefined} testId="submit-dialog">
      <div className="submit-dialog">
        <p>{t('exam.submit.answered', { answered, total })}</p>
        {unanswered > 0 && <p className="submit-unanswered">{t('exam.submit.unanswered', { count: unanswered })}</p>}
        <p className="muted">{t('exam.submit.final')}</p>
        {finishing && (
          <div className="submit-progress" role="status" data-testid="submit-progress">
            <span className="spinner" aria-hidden="true" />
            <span>{t(finishing === 'submit' ? 'exam.submit.sending' : 'exam.submit.timeUp')}</span>
          </div>
        )}
        {finishing && offline && (
          <Alert tone="warning" testId="submit-offline">
            {t('exam.submit.offline')}
          </Alert>
        )}
        {!finishing && error != null && <Alert tone="danger">{t('exam.submit.failed', { message: errorMessage(t, error) })}</Alert>}
        <FormActions onCancel={closable ? onClose : undefined} label={t('exam.submit.confirm')} busy={finishing !== null} onConfirm={onConfirm} testId="confirm-submit" />
      </div>
    </Dialog>
  );
}
