import { useTranslation } from 'react-i18next';
import type { Competency } from '../../api/competencies';
import { DataTable, type Column } from '../../components/DataTable';

interface CompetenciesTableProps {
  competencies: Competency[];
  onEdit: (competency: Competency) => void;
  onDelete: (competency: Competency) => void;
}

export function CompetenciesTable({ competencies, onEdit, onDelete }: CompetenciesTableProps) {
  const { t } = useTranslation();
  const columns: Column<Competency>[] = [
    { id: 'code', header: t('authoring.competencies.code'), cellProps: { className: 'cell-mono cell-nowrap' }, cell: (competency) => competency.code },
    {
      id: 'name',
      header: t('authoring.competencies.name'),
      cell: (competency) => (
        <div>
          <div className="cell-strong">{competency.name}</div>
          {competency.description && <div className="cell-sub">{competency.description}</div>}
        </div>
      ),
    },
    {
      id: 'usedBy',
      header: t('authoring.competencies.usedBy'),
      cellProps: { className: 'cell-nowrap' },
      cell: (competency) => t('authoring.competencies.assessments', { count: competency.assessmentCount }),
    },
    {
      id: 'actions',
      header: t('authoring.competencies.actions'),
      kind: 'actions',
      stackLabel: false,
      cellProps: { className: 'cell-stack-actions' },
      cell: (competency) => (
        <div className="row-actions">
          <button type="button" className="button button-small button-secondary" onClick={() => onEdit(competency)}>
            {t('authoring.competencies.edit')}
          </button>
          <button type="button" className="button button-small button-danger-outline" onClick={() => onDelete(competency)}>
            {t('authoring.competencies.delete')}
          </button>
        </div>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={competencies}
      rowKey={(competency) => competency.id}
      rowProps={(competency) => ({ 'data-testid': `competency-row-${competency.code}` })}
      label={t('authoring.competencies.listLabel')}
      testId="competencies-table"
    />
  );
}
