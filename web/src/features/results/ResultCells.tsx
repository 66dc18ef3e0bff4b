import type { ResultRow } from '@common/schemas/results';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../i18n/duration';
import { usePercent } from '../../i18n/usePercent';
import { hasSeveralAttempts } from './resultsView';

export function ScoreCell({ row }: { row: ResultRow }) {
  const { t } = useTranslation();
  const percent = usePercent();
  if (row.score === null) return <>{t('common.empty')}</>;
  return (
    <div>
      <div className="cell-strong">{percent(row.score)}</div>
      {row.maxPoints !== null && <div className="cell-sub">{t('results.points', { points: row.scorePoints ?? 0, max: row.maxPoints })}</div>}
    </div>
  );
}

export function PassedBadge({ passed }: { passed: boolean | null }) {
  const { t } = useTranslation();
  if (passed === null) return <>{t('common.empty')}</>;
  return <span className={passed ? 'status status-passed' : 'status status-failed'}>{passed ? t('results.passed') : t('results.failed')}</span>;
}

/** "Attempt 1 – replaced" under the name of a worker whose exam was reset; nothing for a single attempt. */
export function AttemptBadge({ row }: { row: ResultRow }) {
  const { t } = useTranslation();
  if (!hasSeveralAttempts(row)) return null;
  return (
    <div className={row.replaced ? 'badge attempt-badge attempt-badge-replaced' : 'badge attempt-badge'} data-testid="attempt-badge">
      {row.replaced ? t('results.attemptReplaced', { attempt: row.attempt }) : t('results.attempt', { attempt: row.attempt })}
    </div>
  );
}

/** Time used (ms) as the attempt review says it: "12 mnt 30 dtk", "1 j 5 mnt"; a dash when unknown. */
export function DurationText({ ms }: { ms: number | null }) {
  const { t } = useTranslation();
  return <>{ms === null ? t('common.empty') : formatDuration(ms / 1000, t)}</>;
}
