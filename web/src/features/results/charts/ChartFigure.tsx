import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartFigureProps {
  title: string;
  /** The chart's message in one or two sentences: its text alternative, always shown. */
  summary: string;
  chart: ReactNode;
  /** The same numbers as a table (a DataTable, which scrolls itself), for screen readers and for reading exact values. */
  table: ReactNode;
  testId: string;
}

/** A titled chart with its summary and a switch between the chart and a table of its numbers. */
export function ChartFigure({ title, summary, chart, table, testId }: ChartFigureProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={titleId} data-testid={testId}>
      <div className="chart-figure-header">
        <figcaption>
          <h3 id={titleId}>{title}</h3>
          <p className="chart-summary" data-testid={`${testId}-summary`}>
            {summary}
          </p>
        </figcaption>
        <button type="button" className="button button-secondary button-small" aria-pressed={asTable} onClick={() => setAsTable(!asTable)} data-testid={`${testId}-toggle`}>
          {asTable ? t('results.charts.showChart') : t('results.charts.showTable')}
        </button>
      </div>
      {asTable ? table : <div className="chart-box">{chart}</div>}
    </figure>
  );
}
