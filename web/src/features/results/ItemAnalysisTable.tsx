import { OPTION_LETTERS } from '@common/schemas/question-bank';
import type { ItemStatistics } from '@common/schemas/results';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/DataTable';
import { formatNumber } from '../../i18n/format';
import { usePercent } from '../../i18n/usePercent';
import { isFlagged, isProblemFlag, nextItemSort, type ItemSort, type ItemSortKey } from './itemAnalysisView';

interface ItemAnalysisTableProps {
  questions: ItemStatistics[];
  sort: ItemSort;
  onSort: (sort: ItemSort) => void;
  labelOf: (question: ItemStatistics) => string;
  onRekey: (question: ItemStatistics) => void;
}

/** The options of one question with how many responses chose each; the key is marked. */
function OptionChoices({ question }: { question: ItemStatistics }) {
  const { t } = useTranslation();
  const percent = usePercent({ digits: 0 });
  return (
    <ol className="item-options">
      {question.options.map((option, index) => {
        const share = question.responses ? option.chosen / question.responses : 0;
        return (
          <li key={option.optionId} className={option.correct ? 'item-option item-option-key' : 'item-option'} title={option.text} data-testid={option.correct ? 'item-option-key' : 'item-option'}>
            <span className="option-letter">{OPTION_LETTERS[index]}</span>
            <span className="item-option-text">
              {option.text}
              {option.correct && <span className="visually-hidden"> ({t('results.items.key')})</span>}
            </span>
            <span className="item-option-bar" aria-hidden="true">
              <span style={{ width: `${share * 100}%` }} />
            </span>
            <span className="item-option-count">
              {t('results.items.chosen', { count: option.chosen, percent: percent(share * 100) })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** One row per question: its options and choices, difficulty, discrimination and flags; flagged rows stand out. */
export function ItemAnalysisTable({ questions, sort, onSort, labelOf, onRekey }: ItemAnalysisTableProps) {
  const { t, i18n } = useTranslation();
  const decimal = (value: number | null) => (value === null ? t('common.empty') : formatNumber(value, i18n.language, { digits: 2, fixed: true }));
  const statistic = (key: 'difficulty' | 'discrimination'): Column<ItemStatistics, ItemSortKey> => ({
    id: key,
    header: t(`results.items.${key}`),
    sortKey: key,
    kind: 'number',
    cellProps: { 'data-testid': `item-${key}`, title: t(`results.items.${key}Explain`) },
    cell: (question) => decimal(question[key]),
  });
  const columns: Column<ItemStatistics, ItemSortKey>[] = [
    {
      id: 'position',
      header: t('results.items.question'),
      sortKey: 'position',
      stackLabel: false,
      cellProps: { className: 'cell-primary item-question' },
      cell: (question) => (
        <>
          <div className="cell-strong">{labelOf(question)}</div>
          <div className="item-text">{question.text}</div>
          <div className="cell-sub">{t('results.items.responses', { count: question.responses, unanswered: question.unanswered })}</div>
          <button type="button" className="button button-secondary button-small item-rekey" onClick={() => onRekey(question)} data-testid="rekey-open">
            {t('results.rekey.open')}
          </button>
        </>
      ),
    },
    { id: 'options', header: t('results.items.options'), cellProps: { className: 'item-options-cell' }, cell: (question) => <OptionChoices question={question} /> },
    statistic('difficulty'),
    statistic('discrimination'),
    {
      id: 'flags',
      header: t('results.items.flags'),
      cell: (question) => (
        <ul className="flag-list">
          {question.flags.map((flag) => (
            <li key={flag} className={isProblemFlag(flag) ? 'flag flag-problem' : 'flag'} title={t(`results.flags.${flag}.explain`)} data-testid={`flag-${flag}`}>
              {t(`results.flags.${flag}.label`)}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={questions}
      rowKey={(question) => question.questionId}
      rowProps={(question) => ({ className: isFlagged(question) ? 'row-flagged' : undefined, 'data-testid': 'item-row', 'data-question-id': question.questionId, 'data-flagged': isFlagged(question) })}
      label={t('results.items.listLabel')}
      className="item-table"
      testId="item-table"
      sort={{ order: sort, onSort: (key) => onSort(nextItemSort(sort, key)), testIdPrefix: 'items-sort-' }}
    />
  );
}
