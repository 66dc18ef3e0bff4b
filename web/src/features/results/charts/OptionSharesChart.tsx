import { OPTION_LETTERS } from '@common/schemas/question-bank';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DataTable, type Column } from '../../../components/DataTable';
import { usePercent } from '../../../i18n/usePercent';
import { ChartFigure } from './ChartFigure';
import { CHART_COLORS } from './chartColors';
import type { OptionShareRow } from './chartData';

/** Segments narrower than this share carry no letter: it would not fit. */
const LABEL_MIN_SHARE = 0.08;
const ROW_HEIGHT = 34;

type Datum = OptionShareRow & { label: string } & Record<string, unknown>;

const optionKey = (index: number) => `option${index}`;
const fillOf = (index: number, keyIndex: number) => (index === keyIndex ? CHART_COLORS.pass : CHART_COLORS.distractors[index % 2]!);

/**
 * Per question, a 100% bar split by the option each response chose, the key green and marked
 * with a check, unanswered last. `label` names the question ("No. 3", or "Paket B · 3").
 */
export function OptionSharesChart({ rows, labelOf }: { rows: OptionShareRow[]; labelOf: (row: OptionShareRow) => string }) {
  const { t } = useTranslation();
  const toPercent = usePercent({ digits: 0 });
  /** A 0-1 share of responses as a whole percent. */
  const percent = (share: number) => toPercent(share * 100);
  const data: Datum[] = rows.map((row) => ({
    ...row,
    label: labelOf(row),
    unansweredShare: row.unanswered,
    ...Object.fromEntries(row.shares.map((share, index) => [optionKey(index), share])),
  }));
  const optionCount = Math.max(0, ...rows.map((row) => row.shares.length));
  const beaten = data.filter((row) => row.keyIndex >= 0 && row.shares.some((share, index) => index !== row.keyIndex && share > row.shares[row.keyIndex]!));
  const title = t('results.charts.options.title');
  const optionColumns = Array.from({ length: optionCount }, (_, index): Column<Datum> => ({
    id: optionKey(index),
    header: OPTION_LETTERS[index]!,
    kind: 'number',
    cellProps: (row) => ({ className: index === row.keyIndex ? 'cell-key' : undefined }),
    cell: (row) => (
      <>
        {index < row.shares.length ? percent(row.shares[index]!) : t('common.empty')}
        {index === row.keyIndex && <span className="visually-hidden"> {t('results.charts.options.key')}</span>}
        {index === row.keyIndex && <span aria-hidden="true"> ✓</span>}
      </>
    ),
  }));
  const columns: Column<Datum>[] = [
    { id: 'question', header: t('results.charts.options.question'), cell: (row) => row.label },
    ...optionColumns,
    { id: 'unanswered', header: t('results.charts.options.unanswered'), kind: 'number', cell: (row) => percent(row.unanswered) },
  ];
  const summary = [
    t('results.charts.options.summary', { count: rows.length }),
    beaten.length ? t('results.charts.options.beaten', { questions: beaten.map((row) => row.label).join(', ') }) : t('results.charts.options.noneBeaten'),
  ].join(' ');

  return (
    <ChartFigure
      title={title}
      summary={summary}
      testId="chart-options"
      chart={
        <>
          <ul className="chart-legend" aria-hidden="true">
            <li>
              <span className="chart-swatch" style={{ background: CHART_COLORS.pass }} />
              {t('results.charts.options.key')}
            </li>
            <li>
              <span className="chart-swatch" style={{ background: `linear-gradient(90deg, ${CHART_COLORS.distractors[0]} 50%, ${CHART_COLORS.distractors[1]} 50%)` }} />
              {t('results.charts.options.distractor')}
            </li>
            <li>
              <span className="chart-swatch chart-swatch-outline" style={{ background: CHART_COLORS.unanswered }} />
              {t('results.charts.options.unanswered')}
            </li>
          </ul>
          <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 40}>
            <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }} barCategoryGap={6} title={title} desc={summary}>
              <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={(value: number) => percent(value)} tick={{ fill: CHART_COLORS.text, fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={112} tick={{ fill: CHART_COLORS.text, fontSize: 12 }} />
              <Tooltip formatter={(value, name) => [percent(Number(value)), String(name)]} />
              {Array.from({ length: optionCount }, (_, index) => (
                <Bar
                  key={index}
                  dataKey={optionKey(index)}
                  name={t('results.charts.options.option', { letter: OPTION_LETTERS[index] })}
                  stackId="shares"
                  isAnimationActive={false}
                  shape={(props) => <Rectangle {...props} fill={fillOf(index, (props.payload as Datum).keyIndex)} />}
                >
                  <LabelList
                    dataKey={optionKey(index)}
                    content={({ x, y, width, height, value, index: rowIndex }) => {
                      const row = data[rowIndex ?? -1];
                      if (!row || Number(value) < LABEL_MIN_SHARE) return null;
                      const isKey = row.keyIndex === index;
                      return (
                        <text x={Number(x) + Number(width) / 2} y={Number(y) + Number(height) / 2} textAnchor="middle" dominantBaseline="central" fontSize={12} fontWeight={700} fill={isKey ? CHART_COLORS.onPass : CHART_COLORS.onDistractor}>
                          {isKey ? `${OPTION_LETTERS[index]} ✓` : OPTION_LETTERS[index]}
                        </text>
                      );
                    }}
                  />
                </Bar>
              ))}
              <Bar dataKey="unansweredShare" name={t('results.charts.options.unanswered')} stackId="shares" fill={CHART_COLORS.unanswered} stroke={CHART_COLORS.grid} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </>
      }
      table={<DataTable columns={columns} rows={data} rowKey={(row) => row.questionId} label={title} className="table-compact" testId="chart-options-table" />}
    />
  );
}
