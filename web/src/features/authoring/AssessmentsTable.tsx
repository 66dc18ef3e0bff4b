import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Assessment } from '../../api/assessments';
import { DataTable, type Column } from '../../components/DataTable';
import { windowTimes } from '../../i18n/format';
import { AssessmentStatusBadge } from './AssessmentStatusBadge';
import { questionCountLabel } from './questionCountLabel';

export function AssessmentsTable({ assessments }: { assessments: Assessment[] }) {
  const { t, i18n } = useTranslation();
  const columns: Column<Assessment>[] = [
    {
      id: 'title',
      header: t('authoring.list.columns.title'),
      stackLabel: false,
      cellProps: { className: 'cell-primary' },
      cell: (assessment) => (
        <>
          <Link to={`/hc/assessments/${assessment.id}`} className="cell-strong row-link">
            {assessment.title}
          </Link>
          {assessment.description && <div className="cell-sub clamp-2">{assessment.description}</div>}
        </>
      ),
    },
    {
      id: 'window',
      header: t('authoring.list.columns.window'),
      cell: (assessment) => {
        const { start, end } = windowTimes(assessment, i18n.language);
        return (
          <div>
            <div className="cell-nowrap">{start}</div>
            <div className="cell-sub cell-nowrap">{t('authoring.list.until', { time: end })}</div>
          </div>
        );
      },
    },
    {
      id: 'duration',
      header: t('authoring.list.columns.duration'),
      cellProps: { className: 'cell-nowrap' },
      cell: (assessment) => t('authoring.minutes', { count: assessment.durationMinutes }),
    },
    { id: 'status', header: t('authoring.list.columns.status'), cell: (assessment) => <AssessmentStatusBadge status={assessment.status} /> },
    {
      id: 'contents',
      header: t('authoring.list.columns.contents'),
      cell: (assessment) => (
        <ul className="count-list">
          <li>{t('authoring.list.packages', { count: assessment.packageCount })}</li>
          <li>{questionCountLabel(t, assessment)}</li>
          <li>{t('authoring.list.assigned', { count: assessment.sessionCount })}</li>
        </ul>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={assessments}
      rowKey={(assessment) => assessment.id}
      rowProps={() => ({ 'data-testid': 'assessment-row' })}
      label={t('authoring.list.label')}
      testId="assessments-table"
    />
  );
}
