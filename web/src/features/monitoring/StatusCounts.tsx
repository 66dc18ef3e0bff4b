import { useTranslation } from 'react-i18next';
import type { MonitorSnapshot, SessionStatus } from '../../api/monitoring';
import { STATUS_ORDER } from './rowView';

interface StatusCountsProps {
  counts: MonitorSnapshot['counts'];
  selected: SessionStatus | '';
  /** A card filters the table to its status; pressing it again shows all. */
  onSelect: (status: SessionStatus | '') => void;
}

/** One card per session status, with its count; every session of the assessment, whatever the filters. */
export function StatusCounts({ counts, selected, onSelect }: StatusCountsProps) {
  const { t } = useTranslation();
  return (
    <ul className="monitor-counts" aria-label={t('monitoring.countsLabel')}>
      {STATUS_ORDER.map((status) => (
        <li key={status}>
          <button
            type="button"
            className={`monitor-count monitor-count-${status}`}
            aria-pressed={selected === status}
            title={t('monitoring.countFilter', { status: t(`sessionStatus.${status}`) })}
            onClick={() => onSelect(selected === status ? '' : status)}
          >
            <span className="monitor-count-value" data-testid={`count-${status}`}>
              {counts[status]}
            </span>
            <span className="monitor-count-label">{t(`sessionStatus.${status}`)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
