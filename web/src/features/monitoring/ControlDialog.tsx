import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { controlAssessment, controlSession, type ControlInput } from '../../api/monitoring';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/fields';
import { FormActions } from '../../components/FormActions';
import { actionKey, endsAttempts, MAX_EXTEND_MINUTES, MIN_EXTEND_MINUTES, needsMinutes, type ControlTarget } from './controlActions';
import { ControlFailure } from './ControlFailure';

/** The success line shown on the page after an action; a key, so it follows a language switch. */
export interface Notice {
  scope: ControlTarget['scope'];
  key: string;
  params: Record<string, string | number>;
}

const DEFAULT_MINUTES = '5';

async function run(target: ControlTarget, input: ControlInput): Promise<Notice> {
  const key = `${actionKey(target)}.done`;
  if (target.scope === 'session') {
    await controlSession(target.row.sessionId, target.action, input);
    return { scope: 'session', key, params: { name: target.row.workerName, minutes: input.minutes ?? 0 } };
  }
  const result = await controlAssessment(target.assessmentId, target.action, input);
  return { scope: 'assessment', key, params: { count: result.closed ?? result.extended ?? 0, minutes: input.minutes ?? 0 } };
}

function ReasonField({ value, required, error, onChange }: { value: string; required: boolean; error?: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{t('monitoring.dialog.reason')}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={500}
        value={value}
        aria-required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-note`}
        onChange={(event) => onChange(event.target.value)}
        data-testid="reason-input"
      />
      <p className={error ? 'field-error' : 'field-hint'} id={`${id}-note`}>
        {error ?? t(required ? 'monitoring.dialog.reasonRequiredHint' : 'monitoring.dialog.reasonOptionalHint')}
      </p>
    </div>
  );
}

/** Every HC action goes through here: what it does, the reason for the audit log, minutes to extend by. */
export function ControlDialog({ target, onClose, onDone }: { target: ControlTarget; onClose: () => void; onDone: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState(DEFAULT_MINUTES);
  const [errors, setErrors] = useState<{ reason?: string; minutes?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const key = actionKey(target);
  const subject = target.scope === 'session' ? { name: target.row.workerName } : { title: target.title };
  const reasonRequired = endsAttempts(target);

  function validate() {
    const found: typeof errors = {};
    if (reasonRequired && !reason.trim()) found.reason = t('monitoring.dialog.reasonMissing');
    const count = Number(minutes);
    if (needsMinutes(target) && !(Number.isInteger(count) && count >= MIN_EXTEND_MINUTES && count <= MAX_EXTEND_MINUTES)) {
      found.minutes = t('monitoring.dialog.minutesInvalid');
    }
    return found;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setFailure(null);
    try {
      onDone(await run(target, { reason: reason.trim() || undefined, minutes: needsMinutes(target) ? Number(minutes) : undefined }));
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <Dialog title={t(`${key}.title`, subject)} onClose={onClose} testId="control-dialog">
      <form className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        <p>{t(`${key}.body`, subject)}</p>
        {failure !== null && <ControlFailure error={failure} />}
        {needsMinutes(target) && (
          <TextField
            label={t('monitoring.dialog.minutes')}
            type="number"
            inputMode="numeric"
            min={MIN_EXTEND_MINUTES}
            max={MAX_EXTEND_MINUTES}
            step={1}
            hint={t('monitoring.dialog.minutesHint')}
            error={errors.minutes}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            data-testid="minutes-input"
          />
        )}
        <ReasonField value={reason} required={reasonRequired} error={errors.reason} onChange={setReason} />
        <FormActions
          onCancel={onClose}
          label={t(`${key}.confirm`)}
          busy={busy}
          busyLabel={t('monitoring.dialog.working')}
          tone={reasonRequired ? 'danger' : 'primary'}
          testId="confirm-action"
        />
      </form>
    </Dialog>
  );
}
