import type { ItemStatistics, ResultRow } from '@common/schemas/results';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { currentAttempts } from '../resultsView';
import { questionLabeller } from '../itemAnalysisView';
import { optionShares, passRateByUnit } from './chartData';
import { OptionSharesChart } from './OptionSharesChart';
import { ScoreHistogram } from './ScoreHistogram';
import { UnitPassRateChart } from './UnitPassRateChart';
import './charts.css';

interface ResultsChartsProps {
  rows: ResultRow[];
  questions: ItemStatistics[];
  passScore: number;
}

/**
 * The charts tab (a chunk of its own, with the chart library): score distribution and pass rate
 * by unit over the current attempts, and the share of each option per question; nothing to draw
 * before the first attempt is scored.
 */
export default function ResultsCharts({ rows, questions, passScore }: ResultsChartsProps) {
  const { t, i18n } = useTranslation();
  const current = currentAttempts(rows);
  const scores = current.flatMap((row) => (row.score === null ? [] : [row.score]));
  const labelOf = questionLabeller(t, questions);
  if (!scores.length) return <EmptyState testId="charts-empty">{t('results.charts.noScores')}</EmptyState>;
  return (
    <div className="charts" data-testid="results-charts">
      <div className="charts-pair">
        <ScoreHistogram scores={scores} passScore={passScore} />
        <UnitPassRateChart rates={passRateByUnit(current, i18n.language)} />
      </div>
      <OptionSharesChart rows={optionShares(questions)} labelOf={labelOf} />
    </div>
  );
}
