/** A row as text: `number` is the row number the officer sees in the spreadsheet (1-based). */
export interface TableRow {
  number: number;
  cells: string[];
}

/** One worksheet (or the whole of a CSV file, whose name is null). */
export interface TableSheet {
  name: string | null;
  rows: TableRow[];
}

/** A table file: a CSV has one sheet, a workbook its visible worksheets in order. */
export interface Table {
  sheets: TableSheet[];
}

export const isBlankRow = (row: TableRow) => row.cells.every((cell) => cell.trim() === '');

/**
 * A sheet read in batches, again on every call of `batches` (a large CSV is never held whole):
 * `nonBlankRows` counts its rows with something in them, header included.
 */
export interface StreamedSheet {
  name: string | null;
  nonBlankRows: number;
  batches: () => Iterable<TableRow[]>;
}

export interface StreamedTable {
  sheets: StreamedSheet[];
}

/** A table already in memory (an XLSX workbook) as a streamed one: each sheet is one batch. */
export function streamedTable(table: Table): StreamedTable {
  return {
    sheets: table.sheets.map((sheet) => ({
      name: sheet.name,
      nonBlankRows: sheet.rows.filter((row) => !isBlankRow(row)).length,
      batches: () => [sheet.rows],
    })),
  };
}
