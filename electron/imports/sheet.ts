import { mapColumns, recognisedFields, type Column, type ColumnSpec } from './headers';
import type { IssueLog } from './report';
import {
  isBlankRow,
  streamedTable,
  type StreamedSheet,
  type StreamedTable,
  type Table,
  type TableRow,
  type TableSheet,
} from './table';

/** Beyond this many rows a file is refused: split it. */
export const MAX_ROWS = 100_000;

/**
 * The header row is looked for among a sheet's first this many non-blank rows: Chinese forms put a
 * merged title row (and sometimes a note) above the headers.
 */
export const HEADER_SEARCH_ROWS = 10;

export interface Sheet<F extends string> {
  /** The data rows (blank rows dropped, header excluded), counted in the report. */
  rows: TableRow[];
  /** Each field's column, or null when the sheet cannot be validated (the reason is logged). */
  columns: Map<F, Column> | null;
}

export interface StreamedRows<F extends string> {
  /** How many data rows there are (blank rows dropped, header excluded), counted in the report. */
  rows: number;
  /** Each field's column, or null when the sheet cannot be validated (the reason is logged). */
  columns: Map<F, Column> | null;
  /** The data rows in batches, read again on every call. */
  batches: () => Iterable<TableRow[]>;
}

interface HeaderCandidate {
  sheet: TableSheet;
  /** Index of the header among the sheet's non-blank rows. */
  index: number;
  rows: TableRow[];
  recognised: number;
  complete: boolean;
}

/** The sheet's most header-like row among its first rows: the one naming most known columns. */
function headerCandidate<F extends string>(
  sheet: TableSheet,
  specs: readonly ColumnSpec<F>[],
): HeaderCandidate | null {
  const rows = sheet.rows.filter((row) => !isBlankRow(row));
  let best: HeaderCandidate | null = null;
  for (const [index, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const fields = recognisedFields(row, specs);
    const complete = specs.every((spec) => !spec.required || fields.has(spec.field));
    // A header names every required column, or at least two known ones (the rest are reported).
    if (!complete && fields.size < 2) continue;
    const better =
      !best || (complete && !best.complete) || (complete === best.complete && fields.size > best.recognised);
    if (better) best = { sheet, index, rows, recognised: fields.size, complete };
  }
  return best;
}

/**
 * The preamble every import shares (applications, reviewers, integrity lists): the first sheet
 * whose first rows hold a header row (one naming every required column, else the first naming at
 * least two known columns) is used — an instructions sheet (填表说明) or a title row above the
 * headers is skipped, and the sheet and header row used are recorded in the report. Blank rows
 * are dropped. An empty file, a file with a header and no data rows, more than MAX_ROWS rows, or
 * a missing required column is logged and leaves nothing to validate.
 */
export function openSheet<F extends string>(
  table: Table,
  specs: readonly ColumnSpec<F>[],
  log: IssueLog,
): Sheet<F> {
  const { batches, columns } = openStreamedSheet(streamedTable(table), specs, log);
  return { rows: [...batches()].flat(), columns };
}

/** As {@link openSheet}, for a table read in batches: only the first rows of each sheet are held. */
export function openStreamedSheet<F extends string>(
  table: StreamedTable,
  specs: readonly ColumnSpec<F>[],
  log: IssueLog,
): StreamedRows<F> {
  const firstRows: Table = {
    sheets: table.sheets.map((sheet) => ({ name: sheet.name, rows: firstNonBlankRows(sheet) })),
  };
  const candidates = firstRows.sheets.flatMap((sheet) => headerCandidate(sheet, specs) ?? []);
  const chosen = candidates.find((candidate) => candidate.complete) ?? candidates[0] ?? fallback(firstRows);
  const none = { rows: 0, columns: null, batches: () => [] };
  if (!chosen) {
    log.error(0, '', 'emptyFile');
    return none;
  }
  const header = chosen.rows[chosen.index] as TableRow;
  const sheet = table.sheets[firstRows.sheets.indexOf(chosen.sheet)] as StreamedSheet;
  const rows = sheet.nonBlankRows - chosen.index - 1;
  const batches = () => dataBatches(sheet, header.number);
  log.useHeader(chosen.sheet.name, header.number);
  if (rows === 0) {
    log.error(0, '', 'emptyFile');
    return none;
  }
  if (rows > MAX_ROWS) {
    log.error(0, '', 'tooManyRows', { rows, limit: MAX_ROWS });
    return { rows, columns: null, batches };
  }
  const columns = mapColumns(header, specs, log);
  const complete = specs.every((spec) => !spec.required || columns.has(spec.field));
  return { rows, columns: complete ? columns : null, batches };
}

/** The sheet's first HEADER_SEARCH_ROWS rows with something in them. */
function firstNonBlankRows(sheet: StreamedSheet): TableRow[] {
  const rows: TableRow[] = [];
  for (const batch of sheet.batches())
    for (const row of batch) {
      if (isBlankRow(row)) continue;
      rows.push(row);
      if (rows.length === HEADER_SEARCH_ROWS) return rows;
    }
  return rows;
}

/** The non-blank rows below the header, batch by batch. */
function* dataBatches(sheet: StreamedSheet, headerNumber: number): Generator<TableRow[]> {
  for (const batch of sheet.batches()) {
    const rows = batch.filter((row) => row.number > headerNumber && !isBlankRow(row));
    if (rows.length > 0) yield rows;
  }
}

/** No header row found anywhere: the first non-blank row of the first sheet stands as one. */
function fallback(table: Table): HeaderCandidate | null {
  for (const sheet of table.sheets) {
    const rows = sheet.rows.filter((row) => !isBlankRow(row));
    if (rows.length > 0) return { sheet, index: 0, rows, recognised: 0, complete: false };
  }
  return null;
}
