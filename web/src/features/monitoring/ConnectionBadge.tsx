import { useTranslation } from 'react-i18next';
import type { Connection } from './monitorConnection';

/** A small pill that says how fresh the data is: live, reconnecting, or polling every 15 s. */
export function ConnectionBadge({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  return (
    <span className={`monitor-connection monitor-connection-${connection}`} role="status" data-testid="connection-state" data-state={connection}>
      <span className="monitor-connection-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('monitoring.connection.label')}: </span>
      {t(`monitoring.connection.${connection}`)}
    </span>
  );
}
