import { useTranslation } from 'react-i18next';
import type { Competency } from '../../api/competencies';

interface CompetenciesTableProps {
  competencies: Competency[];
  onEdit: (competency: Competency) => void;
  onDelete: (competency: Competency) => void;
}

export function CompetenciesTable({ competencies, onEdit, onDelete }: CompetenciesTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-stack" aria-label={t('authoring.competencies.listLabel')} data-testid="competencies-table">
        <thead>
          <tr>
            <th scope="col">{t('authoring.competencies.code')}</th>
            <th scope="col">{t('authoring.competencies.name')}</th>
            <th scope="col">{t('authoring.competencies.usedBy')}</th>
            <th scope="col" className="cell-actions">
              {t('authoring.competencies.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {competencies.map((competency) => (
            <tr key={competency.id} data-testid={`competency-row-${competency.code}`}>
              <td className="cell-mono cell-nowrap" data-label={t('authoring.competencies.code')}>
                {competency.code}
              </td>
              <td data-label={t('authoring.competencies.name')}>
                <div>
                  <div className="cell-strong">{competency.name}</div>
                  {competency.description && <div className="cell-sub">{competency.description}</div>}
                </div>
              </td>
              <td className="cell-nowrap" data-label={t('authoring.competencies.usedBy')}>{t('authoring.competencies.assessments', { count: competency.assessmentCount })}</td>
              <td className="cell-actions cell-stack-actions">
                <div className="row-actions">
                  <button type="button" className="button button-small button-secondary" onClick={() => onEdit(competency)}>
                    {t('authoring.competencies.edit')}
                  </button>
                  <button type="button" className="button button-small button-danger-outline" onClick={() => onDelete(competency)}>
                    {t('authoring.competencies.delete')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
