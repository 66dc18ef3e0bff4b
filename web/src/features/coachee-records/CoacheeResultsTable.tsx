import type { CoacheeResultRow } from '@common/schemas/records';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { usePercent } from '../my-results/usePercent';
import { PassedBadge } from '../results/ResultCells';
import { attemptLabels, type AttemptLabel } from './coacheeRecordsView';

function AttemptNote({ label }: { label: AttemptLabel }) {
  const { t } = useTranslation();
  if (!label) return null;
  return (
    <div className="cell-sub" data-testid="coachee-attempt">
      {t(label.replaced ? 'coacheeRecords.attemptReplaced' : 'coacheeRecords.attempt', { attempt: label.attempt })}
    </div>
  );
}

/** Every attempt of the coachee: assessment, status, when it ended, score against the pass mark, passed. */
export function CoacheeResultsTable({ rows }: { rows: readonly CoacheeResultRow[] }) {
  const { t, i18n } = useTranslation();
  const labels = attemptLabels(rows);
  const percent = usePercent();
  const dash = t('common.empty');
  return (
    <div className="table-wrap">
      <table className="table" data-testid="coachee-results">
        <thead>
          <tr>
            <th scope="col">{t('coacheeRecords.columns.assessment')}</th>
            <th scope="col">{t('coacheeRecords.columns.status')}</th>
            <th scope="col">{t('coacheeRecords.columns.submittedAt')}</th>
            <th scope="col" className="cell-number">
              {t('coacheeRecords.columns.score')}
            </th>
            <th scope="col" className="cell-number">
              {t('coacheeRecords.columns.passScore')}
            </th>
            <th scope="col">{t('coacheeRecords.columns.passed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.sessionId} className={row.replaced ? 'row-muted' : undefined} data-testid="coachee-result" data-session-id={row.sessionId}>
              <td>
                <div className="cell-strong">{row.assessmentTitle}</div>
                <AttemptNote label={labels[index]!} />
              </td>
              <td>
                <span className={`status status-${row.status}`}>{t(`sessionStatus.${row.status}`)}</span>
              </td>
              <td className="cell-nowrap">{formatDateTime(row.submittedAt, i18n.language) || dash}</td>
              <td className="cell-number cell-strong" data-testid="coachee-result-score">
                {row.score === null ? dash : percent(row.score)}
              </td>
              <td className="cell-number">{percent(row.passScore)}</td>
              <td>
                <PassedBadge passed={row.passed} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
