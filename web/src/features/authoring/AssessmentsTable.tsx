import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Assessment } from '../../api/assessments';
import { formatDateTime } from '../../i18n/format';
import { AssessmentStatusBadge } from './AssessmentStatusBadge';
import { questionCountLabel } from './questionCountLabel';

export function AssessmentsTable({ assessments }: { assessments: Assessment[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-stack" aria-label={t('authoring.list.label')} data-testid="assessments-table">
        <thead>
          <tr>
            <th scope="col">{t('authoring.list.columns.title')}</th>
            <th scope="col">{t('authoring.list.columns.window')}</th>
            <th scope="col">{t('authoring.list.columns.duration')}</th>
            <th scope="col">{t('authoring.list.columns.status')}</th>
            <th scope="col">{t('authoring.list.columns.contents')}</th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((assessment) => (
            <tr key={assessment.id} data-testid="assessment-row">
              <td className="cell-primary">
                <Link to={`/hc/assessments/${assessment.id}`} className="cell-strong row-link">
                  {assessment.title}
                </Link>
                {assessment.description && <div className="cell-sub clamp-2">{assessment.description}</div>}
              </td>
              <td data-label={t('authoring.list.columns.window')}>
                <div>
                  <div className="cell-nowrap">{formatDateTime(assessment.opensAt, i18n.language)}</div>
                  <div className="cell-sub cell-nowrap">{t('authoring.list.until', { time: formatDateTime(assessment.closesAt, i18n.language) })}</div>
                </div>
              </td>
              <td className="cell-nowrap" data-label={t('authoring.list.columns.duration')}>{t('authoring.minutes', { count: assessment.durationMinutes })}</td>
              <td data-label={t('authoring.list.columns.status')}>
                <AssessmentStatusBadge status={assessment.status} />
              </td>
              <td data-label={t('authoring.list.columns.contents')}>
                <ul className="count-list">
                  <li>{t('authoring.list.packages', { count: assessment.packageCount })}</li>
                  <li>{questionCountLabel(t, assessment)}</li>
                  <li>{t('authoring.list.assigned', { count: assessment.sessionCount })}</li>
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
