import type { Key, ReactNode } from 'react';
import { SortableHeader } from './SortableHeader';
import type { SortOrder } from './sorting';

/** Attributes a row or a cell may carry: a class and data-* attributes (test ids, state for styles). */
export type CellAttributes = { className?: string; title?: string } & { [data: `data-${string}`]: string | number | boolean | undefined };

/** One column of a {@link DataTable}: its header, how a row fills its cell, and how the cell looks. */
export interface Column<T, K extends string = never> {
  /** Unique within the table (React key). */
  id: string;
  /** The column's name: its header text, sort button and phone label. */
  header: string;
  /** Drawn in the header instead of the name (e.g. a select-all checkbox, which names itself). */
  headerContent?: ReactNode;
  cell: (row: T, index: number) => ReactNode;
  /**
   * `number`: tabular figures in a narrow column (`.cell-number`); `actions`: buttons at the row's
   * end (`.cell-actions`); `check`: a narrow column of checkboxes (`.cell-check`); `prose`: a long
   * text such as a question, which a phone card reads left-aligned under its label (`.cell-prose`).
   * Header and cells get the class.
   */
  kind?: 'number' | 'actions' | 'check' | 'prose';
  /** Extra attributes of the column's cells (`<td>`), fixed or per row. */
  cellProps?: CellAttributes | ((row: T) => CellAttributes);
  /** Explains the column on hover, on its header. */
  headerTitle?: string;
  /** The header is for screen readers only (e.g. a column of buttons). */
  hideHeader?: boolean;
  /**
   * Whether cells carry the header as `data-label`, which phone layouts (`.table-stack`, the
   * monitor's cards) show before the value; false for cells that need no label. Default true.
   */
  stackLabel?: boolean;
  /** Makes the header a sort button for this key (see `sort` on the table). */
  sortKey?: K;
}

export interface DataTableProps<T, K extends string = never> {
  columns: ReadonlyArray<Column<T, K>>;
  rows: readonly T[];
  /** A stable identity of the row (React key), e.g. its id. */
  rowKey: (row: T, index: number) => Key;
  rowProps?: (row: T) => CellAttributes;
  /** Names the table and its scroll region for screen readers. */
  label: string;
  /** Classes beside `.table`: `table-compact`, a page's own. */
  className?: string;
  /**
   * On phones each row becomes a card of label/value lines (`.table-stack`), so no table scrolls
   * sideways; false only for a table with phone cards of its own (the monitor's). Default true.
   */
  stack?: boolean;
  /** Classes beside `.table-wrap` on the scroll region. */
  wrapClassName?: string;
  testId?: string;
  /** Sortable tables: the current order, what a header click asks for, and the sort buttons' test id prefix. */
  sort?: { order: SortOrder<K>; onSort: (key: K) => void; testIdPrefix: string };
}

function classes(...names: ReadonlyArray<string | false | undefined>): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}

function HeaderCell<T, K extends string>({ column, sort }: { column: Column<T, K>; sort: DataTableProps<T, K>['sort'] }) {
  const className = column.kind ? `cell-${column.kind}` : undefined;
  if (column.sortKey !== undefined && sort) {
    const key = column.sortKey;
    const direction = sort.order.key === key ? sort.order.direction : undefined;
    return <SortableHeader label={column.header} direction={direction} onSort={() => sort.onSort(key)} testId={`${sort.testIdPrefix}${key}`} className={className} title={column.headerTitle} />;
  }
  return (
    <th scope="col" className={className} title={column.headerTitle}>
      {column.headerContent ?? (column.hideHeader ? <span className="visually-hidden">{column.header}</span> : column.header)}
    </th>
  );
}

/**
 * The app's data table: headers (sortable where a column says so), one row per item, and a
 * scroll region around it that the keyboard can reach (`tabIndex=0`) when the table is wider
 * than the screen. Styles: `.table-wrap`, `.table` and its `cell-*` classes in styles.css.
 * An empty list is the caller's to say (components/LoadedList, EmptyState).
 */
export function DataTable<T, K extends string = never>({
  columns,
  rows,
  rowKey,
  rowProps,
  label,
  className,
  wrapClassName,
  testId,
  sort,
  stack = true,
}: DataTableProps<T, K>) {
  return (
    <div className={classes('table-wrap', wrapClassName)} role="region" aria-label={label} tabIndex={0}>
      <table className={classes('table', stack && 'table-stack', className)} aria-label={label} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.id} column={column} sort={sort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} {...rowProps?.(row)}>
              {columns.map((column) => {
                const own = typeof column.cellProps === 'function' ? column.cellProps(row) : column.cellProps;
                return (
                  <td
                    key={column.id}
                    {...own}
                    className={classes(column.kind && `cell-${column.kind}`, own?.className)}
                    data-label={column.stackLabel === false ? undefined : column.header}
                  >
                    {column.cell(row, index)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
