import type { ResultRow } from '@common/schemas/results';
import { useTranslation } from 'react-i18next';
import { usePercent } from '../../i18n/usePercent';
import { currentAttempts } from './resultsView';

/** Workers, scored, passed and the average score of the current attempts, above the tabs. */
export function ResultsSummary({ rows, passScore }: { rows: ResultRow[]; passScore: number }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const current = currentAttempts(rows);
  const scored = current.filter((row) => row.score !== null);
  const average = scored.length ? scored.reduce((sum, row) => sum + (row.score ?? 0), 0) / scored.length : null;
  const stats = [
    { id: 'workers', label: t('results.summary.workers'), value: current.length },
    { id: 'scored', label: t('results.summary.scored'), value: scored.length },
    { id: 'passed', label: t('results.summary.passed'), value: scored.filter((row) => row.passed).length },
    { id: 'average', label: t('results.summary.average'), value: average === null ? t('common.empty') : percent(average) },
    { id: 'passScore', label: t('results.summary.passScore'), value: percent(passScore) },
    { id: 'replaced', label: t('results.summary.replaced'), value: rows.length - current.length },
  ];
  return (
    <dl className="stat-row" data-testid="results-summary">
      {stats.map((stat) => (
        <div key={stat.id} className="stat" data-testid={`summary-${stat.id}`}>
          <dt>{stat.label}</dt>
          <dd>{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
