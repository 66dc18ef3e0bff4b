import { ariaSort, type SortDirection } from './sorting';

interface SortableHeaderProps {
  label: string;
  /** The column's current direction; undefined when the table is sorted by another column. */
  direction: SortDirection | undefined;
  onSort: () => void;
  testId: string;
  className?: string;
  title?: string;
}

/** A column header that sorts its table: the button says the column, aria-sort the order (styles: `.sort-button`). */
export function SortableHeader({ label, direction, onSort, testId, className, title }: SortableHeaderProps) {
  return (
    <th scope="col" className={className} title={title} aria-sort={ariaSort(direction)}>
      <button type="button" className="sort-button" onClick={onSort} data-testid={testId}>
        {label}
        <span className={direction ? 'sort-arrow sort-arrow-active' : 'sort-arrow'} aria-hidden="true">
          {direction === 'desc' ? '▼' : '▲'}
        </span>
      </button>
    </th>
  );
}
