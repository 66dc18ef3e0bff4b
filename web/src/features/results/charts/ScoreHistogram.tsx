import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DataTable, type Column } from '../../../components/DataTable';
import { ChartFigure } from './ChartFigure';
import { CHART_COLORS } from './chartColors';
import { scoreBins, type ScoreBin } from './chartData';

const TICKS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

/** Bins wholly at or above the pass score are green, wholly below grey, a bin the pass line cuts blue. */
function binColor(bin: ScoreBin, passScore: number): string {
  if (bin.from >= passScore) return CHART_COLORS.pass;
  if (bin.to < passScore) return CHART_COLORS.fail;
  return CHART_COLORS.primary;
}

/** How many current attempts scored in each 10-point band, with the pass score drawn across (at least one score). */
export function ScoreHistogram({ scores, passScore }: { scores: number[]; passScore: number }) {
  const { t } = useTranslation();
  const bins = scoreBins(scores);
  const range = (bin: ScoreBin) => t('results.charts.range', { from: bin.from, to: bin.to });
  const passed = scores.filter((score) => score >= passScore).length;
  const top = bins.reduce((best, bin) => (bin.count > best.count ? bin : best), bins[0]!);
  const summary = t('results.charts.histogram.summary', { count: scores.length, passed, passScore, range: range(top), top: top.count });
  const title = t('results.charts.histogram.title');
  const columns: Column<ScoreBin>[] = [
    { id: 'range', header: t('results.charts.histogram.xAxis'), cell: range },
    { id: 'attempts', header: t('results.charts.histogram.attempts'), kind: 'number', cell: (bin) => bin.count },
  ];
  return (
    <ChartFigure
      title={title}
      summary={summary}
      testId="chart-histogram"
      chart={
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={bins} margin={{ top: 24, right: 16, bottom: 20, left: 0 }} title={title} desc={summary}>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            <XAxis
              dataKey="mid"
              type="number"
              domain={[0, 100]}
              ticks={TICKS}
              tick={{ fill: CHART_COLORS.text, fontSize: 12 }}
              label={{ value: t('results.charts.histogram.xAxis'), position: 'insideBottom', offset: -12, fill: CHART_COLORS.text, fontSize: 12 }}
            />
            <YAxis allowDecimals={false} width={40} tick={{ fill: CHART_COLORS.text, fontSize: 12 }} />
            <Tooltip
              labelFormatter={(_, payload) => (payload[0] ? range(payload[0].payload as ScoreBin) : '')}
              formatter={(value) => [value, t('results.charts.histogram.attempts')]}
            />
            <Bar dataKey="count" isAnimationActive={false} barSize={40} shape={(props) => <Rectangle {...props} fill={binColor(props.payload as ScoreBin, passScore)} />} />
            <ReferenceLine
              x={passScore}
              stroke={CHART_COLORS.passLine}
              strokeDasharray="6 4"
              strokeWidth={2}
              label={{ value: t('results.charts.histogram.passLine', { passScore }), position: 'top', fill: CHART_COLORS.passLine, fontSize: 12, fontWeight: 700 }}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      table={<DataTable columns={columns} rows={bins} rowKey={(bin) => bin.from} label={title} className="table-compact" testId="chart-histogram-table" />}
    />
  );
}
