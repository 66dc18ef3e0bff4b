import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DataTable, type Column } from '../../../components/DataTable';
import { usePercent } from '../../../i18n/usePercent';
import { ChartFigure } from './ChartFigure';
import { CHART_COLORS } from './chartColors';
import type { UnitPassRate } from './chartData';

/** The share of each unit's scored current attempts that passed. */
export function UnitPassRateChart({ rates }: { rates: UnitPassRate[] }) {
  const { t } = useTranslation();
  const percent = usePercent({ digits: 0 });
  const data = rates.map((rate) => ({ ...rate, name: rate.unit ?? t('results.noUnit') }));
  const sorted = [...data].sort((a, b) => b.rate - a.rate);
  const best = sorted[0];
  const worst = sorted.at(-1);
  const summary = !best || !worst
    ? t('results.charts.noScores')
    : data.length === 1
      ? t('results.charts.units.summaryOne', { unit: best.name, rate: percent(best.rate) })
      : best.rate === worst.rate
        ? t('results.charts.units.summaryEqual', { rate: percent(best.rate) })
        : t('results.charts.units.summary', { best: best.name, bestRate: percent(best.rate), worst: worst.name, worstRate: percent(worst.rate) });
  const title = t('results.charts.units.title');
  const columns: Column<(typeof data)[number]>[] = [
    { id: 'unit', header: t('results.columns.unit'), cell: (row) => row.name },
    { id: 'scored', header: t('results.summary.scored'), kind: 'number', cell: (row) => row.scored },
    { id: 'passed', header: t('results.summary.passed'), kind: 'number', cell: (row) => row.passed },
    { id: 'rate', header: t('results.charts.units.rate'), kind: 'number', cell: (row) => percent(row.rate) },
  ];
  return (
    <ChartFigure
      title={title}
      summary={summary}
      testId="chart-units"
      chart={
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 24, right: 16, bottom: 4, left: 0 }} title={title} desc={summary}>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            <XAxis dataKey="name" tick={{ fill: CHART_COLORS.text, fontSize: 12 }} />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(value: number) => percent(value)} width={52} tick={{ fill: CHART_COLORS.text, fontSize: 12 }} />
            <Tooltip formatter={(value, _name, item) => [`${percent(Number(value))} (${t('results.charts.units.ofScored', { passed: (item.payload as UnitPassRate).passed, scored: (item.payload as UnitPassRate).scored })})`, t('results.charts.units.rate')]} />
            <Bar dataKey="rate" fill={CHART_COLORS.primary} maxBarSize={72} isAnimationActive={false}>
              <LabelList dataKey="rate" position="top" formatter={(value) => percent(Number(value))} fill={CHART_COLORS.text} fontSize={12} fontWeight={700} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={<DataTable columns={columns} rows={data} rowKey={(row) => row.name} label={title} className="table-compact" testId="chart-units-table" />}
    />
  );
}
