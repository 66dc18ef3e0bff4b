import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { errorMessage } from '../../i18n/errorMessage';

/** The session state a 409 `invalid_state` reports, when it is a session's. */
function currentStatusOf(error: ApiError): string | undefined {
  const current = (error.body as { current?: { status?: unknown } } | undefined)?.current;
  return typeof current?.status === 'string' ? current.status : undefined;
}

/** Why the server refused an action: its own sentence for 400/409 (plus the session's state now), else the usual text. */
export function ControlFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const refused = error instanceof ApiError && (error.status === 400 || error.status === 409);
  const status = refused ? currentStatusOf(error) : undefined;
  return (
    <Alert tone="danger" testId="control-error">
      {refused ? t('monitoring.dialog.refused', { message: error.message }) : errorMessage(t, error)}
      {status && ` ${t('monitoring.dialog.currentStatus', { status: t(`sessionStatus.${status}`, { defaultValue: status }) })}`}
    </Alert>
  );
}
