import { msg, validationError, type FieldIssue, type Text } from '../../errors.js';

/** A problem with one cell (or, with `column` null, the whole row), by row (or question) number. */
export type CellIssue = { row: number; column: string | null; message: Text };

/** The 400 `validation` for a file that cannot be imported at all: unreadable, empty, over a limit. */
export function fileError(message: Text) {
  return validationError(message, [{ path: 'file', message }]);
}

/**
 * The 400 for a sheet with bad rows: every problem with its row and column, nothing written. A cell
 * keeps its first problem only: a cell the reader could not take is not also "missing".
 */
export function rowsError(allIssues: CellIssue[], unit: 'row' | 'question' = 'row') {
  const seen = new Set<string>();
  const issues = allIssues.filter((i) => {
    const key = `${i.row}\u0000${i.column}`;
    return !seen.has(key) && !!seen.add(key);
  });
  const fieldIssues: FieldIssue[] = issues.map((i) => ({ path: `${unit} ${i.row}${i.column ? `, ${i.column}` : ''}`, message: i.message }));
  const count = new Set(issues.map((i) => i.row)).size;
  return validationError(msg(unit === 'row' ? 'import.rowsHaveProblems' : 'import.questionsHaveProblems', { count }), fieldIssues, {
    rows: issues,
  });
}
