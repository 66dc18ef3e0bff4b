import type { ReactNode } from 'react';
import { TextField } from './fields';

/** The search box of a toolbar; controlled, so a "clear filters" elsewhere empties it too. */
export interface SearchBox {
  label: string;
  placeholder?: string;
  value: string;
  /** Every keystroke; a page that asks the server waits for typing to pause (hooks/useDebouncedValue). */
  onChange: (value: string) => void;
  testId?: string;
}

interface SearchToolbarProps {
  search?: SearchBox;
  /** The filters beside the search box: SelectFields, CheckboxFields, a clear button. */
  children?: ReactNode;
  /** What the filters leave, e.g. "12 of 40 workers"; read out politely when it changes. */
  count?: ReactNode;
  countTestId?: string;
  testId?: string;
}

/**
 * The row above a list: a search box that takes the free space, the filters after it, and the
 * result count below. Styles: `.toolbar`, `.toolbar-search` and `.table-caption` in styles.css.
 */
export function SearchToolbar({ search, children, count, countTestId, testId }: SearchToolbarProps) {
  return (
    <>
      <div className="toolbar" role="search" data-testid={testId}>
        {search && (
          <div className="toolbar-search">
            <TextField
              type="search"
              label={search.label}
              placeholder={search.placeholder}
              value={search.value}
              onChange={(event) => search.onChange(event.target.value)}
              data-testid={search.testId}
            />
          </div>
        )}
        {children}
      </div>
      {count !== undefined && (
        <p className="muted table-caption" aria-live="polite" data-testid={countTestId}>
          {count}
        </p>
      )}
    </>
  );
}
