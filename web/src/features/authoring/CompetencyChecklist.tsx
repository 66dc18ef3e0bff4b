import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competency } from '../../api/competencies';

interface CompetencyChecklistProps {
  competencies: Competency[];
  selected: string[];
  disabled: boolean;
  error?: string;
  onChange: (ids: string[]) => void;
}

/** The competencies an assessment certifies, chosen with checkboxes. */
export function CompetencyChecklist({ competencies, selected, disabled, error, onChange }: CompetencyChecklistProps) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id].sort() : selected.filter((other) => other !== id));

  return (
    <fieldset className="form-section" disabled={disabled} data-testid="competency-checklist">
      <legend>{t('authoring.form.competencies')}</legend>
      <p className="field-hint">{t('authoring.form.competenciesHint')}</p>
      {competencies.length === 0 ? (
        <p className="muted">
          {t('authoring.form.noCompetencies')} <Link to="/hc/competencies">{t('authoring.form.manageCompetencies')}</Link>
        </p>
      ) : (
        <ul className="check-list">
          {competencies.map((competency) => (
            <li key={competency.id}>
              <label className="check-option">
                <input
                  type="checkbox"
                  checked={selected.includes(competency.id)}
                  onChange={(event) => toggle(competency.id, event.target.checked)}
                />
                <span>
                  <span className="check-option-code">{competency.code}</span>
                  {competency.name}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
