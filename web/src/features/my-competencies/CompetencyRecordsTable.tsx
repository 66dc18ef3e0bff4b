import type { CompetencyRecord } from '@common/schemas/records';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';

/** Competency records: the competency (code and name), when it was achieved, by which assessment. */
export function CompetencyRecordsTable({ records }: { records: readonly CompetencyRecord[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="competency-records">
        <thead>
          <tr>
            <th scope="col">{t('competencyRecords.columns.competency')}</th>
            <th scope="col">{t('competencyRecords.columns.achievedAt')}</th>
            <th scope="col">{t('competencyRecords.columns.assessment')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={`${record.competencyId}|${record.assessmentId}`} data-testid="competency-record">
              <td>
                <div className="cell-strong">{record.name}</div>
                <div className="cell-sub cell-mono">{record.code}</div>
              </td>
              <td className="cell-nowrap">{formatDateTime(record.achievedAt, i18n.language)}</td>
              <td>{record.assessmentTitle}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
