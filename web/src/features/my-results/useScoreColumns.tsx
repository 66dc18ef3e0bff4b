import { useTranslation } from 'react-i18next';
import type { Column } from '../../components/DataTable';
import { PassedBadge } from '../results/ResultCells';
import { usePercent } from '../../i18n/usePercent';

/** What a scored attempt row needs: score and pass mark as percent 0-100 (score null until scored), passed or not. */
interface ScoredRow {
  score: number | null;
  passScore: number;
  passed: boolean | null;
}

/**
 * The score, pass mark and result columns a worker's and a coach's results tables share.
 * `scoreTestId` marks the score cell for the browser tests.
 */
export function useScoreColumns<Row extends ScoredRow>(scoreTestId: string): Column<Row>[] {
  const { t } = useTranslation();
  const percent = usePercent();
  return [
    {
      id: 'score',
      header: t('myResults.columns.score'),
      kind: 'number',
      cellProps: { className: 'cell-strong', 'data-testid': scoreTestId },
      cell: (row) => (row.score === null ? t('common.empty') : percent(row.score)),
    },
    { id: 'passScore', header: t('myResults.columns.passScore'), kind: 'number', cell: (row) => percent(row.passScore) },
    { id: 'passed', header: t('myResults.columns.passed'), cell: (row) => <PassedBadge passed={row.passed} /> },
  ];
}
