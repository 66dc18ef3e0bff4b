import { useTranslation } from 'react-i18next';
import type { CoacheeCandidate } from '../../api/assignments';
import { DataTable, type Column } from '../../components/DataTable';

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

  const columns: Column<CoacheeCandidate>[] = [
    {
      id: 'pick',
      header: t('authoring.assign.selectAll'),
      kind: 'check',
      headerContent: (
        <input
          type="checkbox"
          aria-label={t('authoring.assign.selectAll')}
          checked={allPicked}
          disabled={!pickable.length}
          onChange={(event) => onChange(event.target.checked ? new Set([...selected, ...pickable.map((c) => c.id)]) : new Set())}
        />
      ),
      cell: (coachee) => (
        <input
          type="checkbox"
          aria-label={t('authoring.assign.select', { name: coachee.name })}
          checked={assignedIds.has(coachee.id) || selected.has(coachee.id)}
          disabled={assignedIds.has(coachee.id)}
          onChange={(event) => toggle(coachee.id, event.target.checked)}
        />
      ),
    },
    {
      id: 'name',
      header: t('authoring.assign.columns.name'),
      cell: (coachee) => (
        <>
          <div className="cell-strong">{coachee.name}</div>
          {assignedIds.has(coachee.id) && <div className="cell-sub">{t('authoring.assign.alreadyAssigned')}</div>}
        </>
      ),
    },
    {
      id: 'unit',
      header: t('authoring.assign.columns.unit'),
      cell: (coachee) => (
        <>
          <div>{coachee.unit ?? t('common.empty')}</div>
          {coachee.position && <div className="cell-sub">{coachee.position}</div>}
        </>
      ),
    },
  ];

  return (
    <DataTable
      columns={columns}
      rows={shown}
      rowKey={(coachee) => coachee.id}
      rowProps={(coachee) => ({ 'data-testid': 'coachee-candidate', className: assignedIds.has(coachee.id) ? 'row-muted' : undefined })}
      label={t('authoring.assign.candidatesLabel')}
      className="table-compact"
      wrapClassName="candidate-list"
      testId="coachee-candidates"
    />
  );
}
