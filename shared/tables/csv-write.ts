import { guardText } from './cell-guard';

/** A CSV cell: text (guarded), a number (written plainly, never guarded) or nothing. */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * The one CSV writer: RFC 4180 text that Excel opens correctly with Chinese text — a byte-order mark,
 * CRLF line ends, fields quoted when they hold a comma, quote, CR or LF (or always, with
 * `quoteAll`), quotes doubled. Text cells pass the spreadsheet guard (shared/tables/cell-guard.ts).
 */
export function csvDocument(
  rows: readonly (readonly CsvCell[])[],
  options: { quoteAll?: boolean } = {},
): string {
  const field = (cell: CsvCell) => {
    const text = cell === null ? '' : typeof cell === 'number' ? formatNumber(cell) : guardText(cell);
    return options.quoteAll || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return BOM + rows.map((cells) => cells.map(field).join(',')).join(CRLF) + CRLF;
}

/** Integers as they are; other numbers to four decimals, trailing zeros dropped. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}
