import { OPTION_LETTERS } from '@common/schemas/question-bank';
import type { ItemStatistics } from '@common/schemas/results';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rekeyQuestion } from '../../api/results';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { TextAreaField } from '../../components/fields';
import { FormActions } from '../../components/FormActions';
import { describeError } from '../authoring/describeError';

interface RekeyDialogProps {
  question: ItemStatistics;
  /** Label of the question, e.g. "No. 3". */
  label: string;
  onClose: () => void;
  /** Called with the number of attempts scored again. */
  onRekeyed: (rescored: number) => void;
}

/** Choose the option that is now correct and say why; every scored attempt of the package is scored again. */
export function RekeyDialog({ question, label, onClose, onRekeyed }: RekeyDialogProps) {
  const { t } = useTranslation();
  const currentKey = question.options.find((option) => option.correct)?.optionId ?? null;
  const [optionId, setOptionId] = useState(currentKey);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!optionId || optionId === currentKey) return;
    if (!reason.trim()) {
      setReasonError(t('results.rekey.reasonRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { rescored } = await rekeyQuestion(question.questionId, { optionId, reason });
      onRekeyed(rescored);
    } catch (cause) {
      setError(describeError(t, cause));
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('results.rekey.title', { question: label })} onClose={onClose} testId="rekey-dialog">
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="rekey-question">{question.text}</p>
        <fieldset className="rekey-options">
          <legend>{t('results.rekey.choose')}</legend>
          {question.options.map((option, index) => (
            <label key={option.optionId} className="rekey-option">
              <input type="radio" name="key" value={option.optionId} checked={optionId === option.optionId} onChange={() => setOptionId(option.optionId)} data-testid={`rekey-option-${index}`} />
              <span className="option-letter">{OPTION_LETTERS[index]}</span>
              <span className="rekey-option-text">{option.text}</span>
              {option.correct && <span className="badge">{t('results.rekey.currentKey')}</span>}
            </label>
          ))}
        </fieldset>
        <TextAreaField
          label={t('results.rekey.reason')}
          hint={t('results.rekey.reasonHint')}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setReasonError(undefined);
          }}
          error={reasonError}
          maxLength={500}
          rows={3}
          data-testid="rekey-reason"
        />
        <p className="field-hint">{t('results.rekey.effect')}</p>
        {error && (
          <Alert tone="danger" testId="rekey-error">
            {error}
          </Alert>
        )}
        <FormActions onCancel={onClose} label={t('results.rekey.submit')} busy={busy} busyLabel={t('common.saving')} disabled={!optionId || optionId === currentKey} testId="rekey-submit" />
      </form>
    </Dialog>
  );
}
