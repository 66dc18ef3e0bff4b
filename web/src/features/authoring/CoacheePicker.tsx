import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUnits, searchCoachees } from '../../api/assignments';
import type { AssignRequest } from '@common/schemas/assignments';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/fields';
import { LoadingState } from '../../components/LoadingState';
import { SearchToolbar } from '../../components/SearchToolbar';
import { SEARCH_DELAY_MS, useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { CoacheeChecklist, MAX_CANDIDATES } from './CoacheeChecklist';

interface CoacheePickerProps {
  assignedIds: ReadonlySet<string>;
  disabled: boolean;
  /** Resolves to whether the assignment went through; a refusal is reported by the caller. */
  onAssign: (request: AssignRequest) => Promise<boolean>;
}

/** Find workers by name and unit, tick them, and assign them — or assign a whole unit at once. */
export function CoacheePicker({ assignedIds, disabled, onAssign }: CoacheePickerProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [unit, setUnit] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const query = { q: useDebouncedValue(q.trim(), SEARCH_DELAY_MS), unit };
  const units = useLoader(listUnits, 'units');
  const coachees = useLoader((signal) => searchCoachees(query, signal), JSON.stringify(query));
  const total = coachees.data?.length ?? 0;
  const count = !total ? undefined : total > MAX_CANDIDATES ? t('authoring.assign.countLimited', { shown: MAX_CANDIDATES, total }) : t('authoring.assign.count', { count: total });

  async function assign(request: AssignRequest) {
    setBusy(true);
    if (await onAssign(request)) setSelected(new Set());
    setBusy(false);
  }

  return (
    <>
      <SearchToolbar search={{ label: t('authoring.assign.search'), placeholder: t('authoring.assign.searchPlaceholder'), value: q, onChange: setQ }} count={count}>
        <SelectField
          label={t('authoring.assign.unit')}
          value={unit}
          onChange={(event) => setUnit(event.target.value)}
          options={[{ value: '', label: t('authoring.assign.allUnits') }, ...(units.data ?? []).map((name) => ({ value: name, label: name }))]}
        />
      </SearchToolbar>
      {coachees.error ? (
        <Alert tone="danger" action={{ label: t('common.retry'), onClick: coachees.reload }}>
          {errorMessage(t, coachees.error)}
        </Alert>
      ) : !coachees.data ? (
        <LoadingState />
      ) : coachees.data.length === 0 ? (
        <p className="muted">{t('authoring.assign.noMatch')}</p>
      ) : (
        <CoacheeChecklist coachees={coachees.data} assignedIds={assignedIds} selected={selected} onChange={setSelected} />
      )}
      <div className="picker-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={disabled || busy || selected.size === 0}
          onClick={() => void assign({ userIds: [...selected] })}
          data-testid="assign-selected"
        >
          {t('authoring.assign.assignSelected', { count: selected.size })}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={disabled || busy || !unit}
          onClick={() => void assign({ unit })}
          data-testid="assign-unit"
        >
          {unit ? t('authoring.assign.assignUnit', { unit }) : t('authoring.assign.assignUnitPick')}
        </button>
      </div>
    </>
  );
}
