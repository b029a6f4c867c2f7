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
