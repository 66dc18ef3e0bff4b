import { OPTION_LETTERS } from '@common/schemas/question-bank';
import type { ItemStatistics } from '@common/schemas/results';
import { useTranslation } from 'react-i18next';
import { SortableHeader } from '../../components/SortableHeader';
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
  const { t, i18n } = useTranslation();
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
              {t('results.items.chosen', { count: option.chosen, percent: (share * 100).toLocaleString(i18n.language, { maximumFractionDigits: 0 }) })}
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
  const decimal = (value: number | null) => (value === null ? t('common.empty') : value.toLocaleString(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const header = (key: ItemSortKey, label: string, className?: string) => (
    <SortableHeader label={label} direction={sort.key === key ? sort.direction : undefined} onSort={() => onSort(nextItemSort(sort, key))} testId={`items-sort-${key}`} className={className} />
  );
  return (
    <div className="table-wrap">
      <table className="table table-stack item-table" aria-label={t('results.items.listLabel')} data-testid="item-table">
        <thead>
          <tr>
            {header('position', t('results.items.question'))}
            <th scope="col">{t('results.items.options')}</th>
            {header('difficulty', t('results.items.difficulty'))}
            {header('discrimination', t('results.items.discrimination'))}
            <th scope="col">{t('results.items.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((question) => (
            <tr key={question.questionId} className={isFlagged(question) ? 'row-flagged' : undefined} data-testid="item-row" data-question-id={question.questionId} data-flagged={isFlagged(question)}>
              <td className="cell-primary item-question">
                <div className="cell-strong">{labelOf(question)}</div>
                <div className="item-text">{question.text}</div>
                <div className="cell-sub">{t('results.items.responses', { count: question.responses, unanswered: question.unanswered })}</div>
                <button type="button" className="button button-secondary button-small item-rekey" onClick={() => onRekey(question)} data-testid="rekey-open">
                  {t('results.rekey.open')}
                </button>
              </td>
              <td className="item-options-cell" data-label={t('results.items.options')}>
                <OptionChoices question={question} />
              </td>
              <td className="cell-number" data-label={t('results.items.difficulty')} data-testid="item-difficulty" title={t('results.items.difficultyExplain')}>
                {decimal(question.difficulty)}
              </td>
              <td className="cell-number" data-label={t('results.items.discrimination')} data-testid="item-discrimination" title={t('results.items.discriminationExplain')}>
                {decimal(question.discrimination)}
              </td>
              <td data-label={t('results.items.flags')}>
                <ul className="flag-list">
                  {question.flags.map((flag) => (
                    <li key={flag} className={isProblemFlag(flag) ? 'flag flag-problem' : 'flag'} title={t(`results.flags.${flag}.explain`)} data-testid={`flag-${flag}`}>
                      {t(`results.flags.${flag}.label`)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
