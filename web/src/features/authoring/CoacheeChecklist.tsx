import { useTranslation } from 'react-i18next';
import type { CoacheeCandidate } from '../../api/assignments';

/** Candidates drawn at once; beyond this HC narrows the search. */
export const MAX_CANDIDATES = 200;

interface CoacheeChecklistProps {
  coachees: CoacheeCandidate[];
  assignedIds: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}

/** Workers matching the search, with checkboxes; those already assigned are marked and cannot be picked. */
export function CoacheeChecklist({ coachees, assignedIds, selected, onChange }: CoacheeChecklistProps) {
  const { t } = useTranslation();
  const shown = coachees.slice(0, MAX_CANDIDATES);
  const pickable = shown.filter((coachee) => !assignedIds.has(coachee.id));
  const allPicked = pickable.length > 0 && pickable.every((coachee) => selected.has(coachee.id));

  function toggle(id: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  }

  return (
    <div className="table-wrap candidate-list">
      <table className="table table-compact" aria-label={t('authoring.assign.candidatesLabel')} data-testid="coachee-candidates">
        <thead>
          <tr>
            <th scope="col" className="cell-check">
              <input
                type="checkbox"
                aria-label={t('authoring.assign.selectAll')}
                checked={allPicked}
                disabled={!pickable.length}
                onChange={(event) => onChange(event.target.checked ? new Set([...selected, ...pickable.map((c) => c.id)]) : new Set())}
              />
            </th>
            <th scope="col">{t('authoring.assign.columns.name')}</th>
            <th scope="col">{t('authoring.assign.columns.unit')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((coachee) => {
            const assigned = assignedIds.has(coachee.id);
            return (
              <tr key={coachee.id} data-testid="coachee-candidate" className={assigned ? 'row-muted' : undefined}>
                <td className="cell-check">
                  <input
                    type="checkbox"
                    aria-label={t('authoring.assign.select', { name: coachee.name })}
                    checked={assigned || selected.has(coachee.id)}
                    disabled={assigned}
                    onChange={(event) => toggle(coachee.id, event.target.checked)}
                  />
                </td>
                <td>
                  <div className="cell-strong">{coachee.name}</div>
                  {assigned && <div className="cell-sub">{t('authoring.assign.alreadyAssigned')}</div>}
                </td>
                <td>
                  <div>{coachee.unit ?? t('common.empty')}</div>
                  {coachee.position && <div className="cell-sub">{coachee.position}</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
