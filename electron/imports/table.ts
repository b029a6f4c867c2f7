/** A sheet as text: rows carry the number the officer sees in the spreadsheet (the header is 1). */
export interface TableRow {
  number: number;
  cells: string[];
}

export interface Table {
  rows: TableRow[];
}

export const isBlankRow = (row: TableRow) => row.cells.every((cell) => cell.trim() === '');
