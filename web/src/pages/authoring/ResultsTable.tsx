import { useTranslation } from 'react-i18next';
import type { ResultRow } from '../../api/results';
import { formatDateTime } from '../../i18n/format';

function ScoreCell({ row }: { row: ResultRow }) {
  const { t, i18n } = useTranslation();
  if (row.score === null) return <>{t('common.empty')}</>;
  return (
    <div>
      <div className="cell-strong">{t('authoring.results.percent', { value: row.score.toLocaleString(i18n.language, { maximumFractionDigits: 1 }) })}</div>
      {row.maxPoints !== null && <div className="cell-sub">{t('authoring.results.points', { points: row.scorePoints ?? 0, max: row.maxPoints })}</div>}
    </div>
  );
}

function PassedBadge({ passed }: { passed: boolean | null }) {
  const { t } = useTranslation();
  if (passed === null) return <>{t('common.empty')}</>;
  return <span className={passed ? 'status status-passed' : 'status status-failed'}>{passed ? t('authoring.results.passed') : t('authoring.results.failed')}</span>;
}

/** One row per assigned worker: package, progress, times, score and pass. */
export function ResultsTable({ rows }: { rows: ResultRow[] }) {
  const { t, i18n } = useTranslation();
  const time = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('common.empty'));
  return (
    <div className="table-wrap">
      <table className="table table-stack" aria-label={t('authoring.results.listLabel')} data-testid="results-table">
        <thead>
          <tr>
            <th scope="col">{t('authoring.results.columns.worker')}</th>
            <th scope="col">{t('authoring.results.columns.package')}</th>
            <th scope="col">{t('authoring.results.columns.status')}</th>
            <th scope="col">{t('authoring.results.columns.started')}</th>
            <th scope="col">{t('authoring.results.columns.submitted')}</th>
            <th scope="col">{t('authoring.results.columns.score')}</th>
            <th scope="col">{t('authoring.results.columns.passed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sessionId} data-testid="result-row">
              <td className="cell-primary">
                <div className="cell-strong">{row.workerName}</div>
                {row.unit && <div className="cell-sub">{row.unit}</div>}
              </td>
              <td data-label={t('authoring.results.columns.package')}>{row.packageName}</td>
              <td data-label={t('authoring.results.columns.status')}>
                <div>
                  <span className={`status status-${row.status}`}>{t(`sessionStatus.${row.status}`)}</span>
                  {row.submitKind && <div className="cell-sub">{t(`authoring.results.submitKind.${row.submitKind}`, { defaultValue: row.submitKind })}</div>}
                </div>
              </td>
              <td className="cell-nowrap" data-label={t('authoring.results.columns.started')}>
                {time(row.startedAt)}
              </td>
              <td className="cell-nowrap" data-label={t('authoring.results.columns.submitted')}>
                {time(row.submittedAt)}
              </td>
              <td className="cell-nowrap" data-label={t('authoring.results.columns.score')}>
                <ScoreCell row={row} />
              </td>
              <td data-label={t('authoring.results.columns.passed')}>
                <PassedBadge passed={row.passed} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
