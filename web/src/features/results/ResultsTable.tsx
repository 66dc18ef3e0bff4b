import { TIME_ZONE_LABELS, type AssessmentTimeZone } from '@common/schemas/assessments';
import type { ResultRow } from '@common/schemas/results';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableHeader } from '../../components/SortableHeader';
import { formatDateTime } from '../../i18n/format';
import { AttemptBadge, DurationText, PassedBadge, ScoreCell } from './ResultCells';
import { nextSort, type ResultSort, type ResultSortKey } from './resultsView';

interface ResultsTableProps {
  rows: ResultRow[];
  sort: ResultSort;
  onSort: (sort: ResultSort) => void;
  timeZone: AssessmentTimeZone;
}

/** One row per attempt: worker (linking to the attempt's answer sheet) and package, progress, times, score and outcome. */
export function ResultsTable({ rows, sort, onSort, timeZone }: ResultsTableProps) {
  const { t, i18n } = useTranslation();
  const zone = TIME_ZONE_LABELS[timeZone];
  const header = (key: ResultSortKey, label: string) => (
    <SortableHeader label={label} direction={sort.key === key ? sort.direction : undefined} onSort={() => onSort(nextSort(sort, key))} testId={`results-sort-${key}`} />
  );
  return (
    <div className="table-wrap">
      <table className="table table-compact table-stack results-table" aria-label={t('results.listLabel')} data-testid="results-table">
        <thead>
          <tr>
            {header('worker', t('results.columns.worker'))}
            {header('unit', t('results.columns.unit'))}
            {header('status', t('results.columns.status'))}
            <th scope="col">{t('results.columns.answered')}</th>
            {header('submitted', t('results.columns.submitted', { zone }))}
            {header('timeUsed', t('results.columns.timeUsed'))}
            {header('score', t('results.columns.score'))}
            <th scope="col">{t('results.columns.passed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sessionId} className={row.replaced ? 'row-replaced' : undefined} data-testid="result-row" data-session-id={row.sessionId} data-replaced={row.replaced}>
              <td className="cell-primary">
                <Link className="cell-strong" to={`/hc/attempts/${encodeURIComponent(row.sessionId)}`} data-testid="attempt-link">
                  {row.workerName}
                </Link>
                <div className="cell-sub">{t('authoring.packages.name', { name: row.packageName })}</div>
                <AttemptBadge row={row} />
              </td>
              <td data-label={t('results.columns.unit')}>{row.unit ?? t('common.empty')}</td>
              <td data-label={t('results.columns.status')}>
                <span className={`status status-${row.status}`}>{t(`sessionStatus.${row.status}`)}</span>
                {row.submitKind && <div className="cell-sub">{t(`results.submitKind.${row.submitKind}`)}</div>}
              </td>
              <td className="cell-nowrap" data-label={t('results.columns.answered')}>
                {t('results.answered', { answered: row.answeredCount, total: row.questionCount })}
              </td>
              <td data-label={t('results.columns.submitted', { zone })}>
                {row.submittedAt ? formatDateTime(row.submittedAt, i18n.language, { timeZone }) : t('common.empty')}
              </td>
              <td className="cell-nowrap cell-number" data-label={t('results.columns.timeUsed')} data-testid="time-used">
                <DurationText ms={row.timeUsedMs} />
              </td>
              <td className="cell-nowrap" data-label={t('results.columns.score')} data-testid="score">
                <ScoreCell row={row} />
              </td>
              <td data-label={t('results.columns.passed')}>
                <PassedBadge passed={row.passed} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
