import type { Cell, ExportTable } from './export-tables';
import { guardText } from './cell-guard';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * RFC 4180 CSV that Excel opens correctly with Chinese text: UTF-8 with a byte-order mark, CRLF
 * line ends, fields quoted when they hold a comma, quote, CR or LF (quotes doubled). Text cells
 * pass the formula-injection guard; numbers are written plainly.
 */
export function tableToCsv(table: Pick<ExportTable, 'columns' | 'rows'>): Uint8Array {
  const lines = [
    table.columns.map((column) => field(column.header)),
    ...table.rows.map((row) => row.map(field)),
  ];
  return new TextEncoder().encode(BOM + lines.map((fields) => fields.join(',')).join(CRLF) + CRLF);
}

function field(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? formatNumber(cell) : guardText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Integers as they are; other numbers to four decimals, trailing zeros dropped. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}
