import { useTranslation } from 'react-i18next';
import type { ResultRow } from '../../api/results';

/** Assigned, submitted, passed and the average score, above the results table. */
export function ResultsSummary({ rows, passScore }: { rows: ResultRow[]; passScore: number }) {
  const { t, i18n } = useTranslation();
  const scored = rows.filter((row) => row.score !== null);
  const average = scored.length ? scored.reduce((sum, row) => sum + (row.score ?? 0), 0) / scored.length : null;
  const stats = [
    { label: t('authoring.results.summary.assigned'), value: rows.length },
    { label: t('authoring.results.summary.scored'), value: scored.length },
    { label: t('authoring.results.summary.passed'), value: rows.filter((row) => row.passed).length },
    {
      label: t('authoring.results.summary.average'),
      value: average === null ? t('common.empty') : t('authoring.results.percent', { value: average.toLocaleString(i18n.language, { maximumFractionDigits: 1 }) }),
    },
    { label: t('authoring.results.summary.passScore'), value: t('authoring.results.percent', { value: passScore }) },
  ];
  return (
    <dl className="stat-row" data-testid="results-summary">
      {stats.map((stat) => (
        <div key={stat.label} className="stat">
          <dt>{stat.label}</dt>
          <dd>{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
