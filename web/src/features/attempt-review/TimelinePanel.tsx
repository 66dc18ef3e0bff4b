import type { AttemptSummary, TimelineEntry } from '@common/schemas/attempts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { calendarDay } from '../../i18n/format';
import { timelineColumns } from './timelineColumns';
import { countByGroup, filterEntries, FILTER_GROUPS, type FilterGroup } from './timelineView';

/** Toggle buttons, one per kind of event, with counts; none pressed shows everything. */
function KindFilter({ entries, chosen, onChange }: { entries: TimelineEntry[]; chosen: ReadonlySet<FilterGroup>; onChange: (next: Set<FilterGroup>) => void }) {
  const { t } = useTranslation();
  const counts = countByGroup(entries);
  const toggle = (group: FilterGroup) => {
    const next = new Set(chosen);
    if (!next.delete(group)) next.add(group);
    onChange(next);
  };
  return (
    <div className="attempt-filter" role="group" aria-label={t('attemptReview.timeline.filterLabel')} data-testid="timeline-filter">
      <button type="button" className="attempt-chip" aria-pressed={chosen.size === 0} onClick={() => onChange(new Set())}>
        {t('attemptReview.timeline.all', { count: entries.length })}
      </button>
      {FILTER_GROUPS.map((group) => (
        <button key={group} type="button" className="attempt-chip" aria-pressed={chosen.has(group)} disabled={!counts[group]} onClick={() => toggle(group)} data-testid={`filter-${group}`}>
          {t(`attemptReview.groups.${group}`)} <span className="attempt-chip-count">{counts[group]}</span>
        </button>
      ))}
    </div>
  );
}

/** Everything that happened in the attempt, oldest first, filterable by kind. */
export function TimelinePanel({ attempt, entries }: { attempt: AttemptSummary; entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<Set<FilterGroup>>(new Set());
  const shown = useMemo(() => filterEntries(entries, chosen), [entries, chosen]);
  // Exams rarely cross midnight; when one does, every row carries its date.
  const withDate = new Set(entries.map((e) => calendarDay(e.at, attempt.timeZone))).size > 1;
  if (!entries.length) return <EmptyState testId="timeline-empty">{t('attemptReview.timeline.empty')}</EmptyState>;
  return (
    <>
      <KindFilter entries={entries} chosen={chosen} onChange={setChosen} />
      <DataTable
        columns={timelineColumns(t, i18n.language, attempt.timeZone, withDate)}
        rows={shown}
        rowKey={(entry, index) => `${entry.kind}-${entry.at}-${index}`}
        rowProps={(entry) => ({ className: entry.kind === 'answer' && !entry.applied ? 'attempt-row-stale' : undefined, 'data-testid': 'timeline-row', 'data-kind': entry.kind })}
        label={t('attemptReview.timeline.title')}
        className="table-compact attempt-timeline"
        testId="timeline"
      />
    </>
  );
}
