import { mapColumns, type Column, type ColumnSpec } from './headers';
import type { IssueLog } from './report';
import { isBlankRow, type Table, type TableRow } from './table';

/** Beyond this many rows a file is refused: split it. */
export const MAX_ROWS = 100_000;

export interface Sheet<F extends string> {
  /** The data rows (blank rows dropped, header excluded), counted in the report. */
  rows: TableRow[];
  /** Each field's column, or null when the sheet cannot be validated (the reason is logged). */
  columns: Map<F, Column> | null;
}

/**
 * The preamble every import shares (applications, reviewers, integrity lists): blank rows dropped,
 * the first row is the header; an empty file, more than MAX_ROWS rows, or a missing required column
 * is logged and leaves nothing to validate.
 */
export function openSheet<F extends string>(
  table: Table,
  specs: readonly ColumnSpec<F>[],
  log: IssueLog,
): Sheet<F> {
  const [header, ...rows] = table.rows.filter((row) => !isBlankRow(row));
  if (!header) {
    log.error(0, '', 'emptyFile');
    return { rows: [], columns: null };
  }
  if (rows.length > MAX_ROWS) {
    log.error(0, '', 'tooManyRows', { rows: rows.length, limit: MAX_ROWS });
    return { rows, columns: null };
  }
  const columns = mapColumns(header, specs, log);
  const complete = specs.every((spec) => !spec.required || columns.has(spec.field));
  return { rows, columns: complete ? columns : null };
}
