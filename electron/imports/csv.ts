import type { TableRow } from './table';

/**
 * The one CSV reader of the app: imports (applications, reviewers, integrity lists), score tables
 * from elsewhere (electron/results/scores-csv.ts) and the reviewer simulation's passphrase list.
 *
 * Hand-written rather than papaparse because papaparse guesses one line ending for the whole file
 * (a file pasted together from CRLF and LF sources splits wrongly), reports record indexes but not
 * the physical line a problem is on, and recovers from malformed quotes by its own rules; this
 * reader keeps every cell exactly as written, accepts CRLF, LF and lone CR in any mix, and reads by
 * index and slice, so a 50 MB file costs about its own size again in memory.
 */

/**
 * Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with a BOM, or — what Excel in a Chinese
 * locale writes by default — GB18030, tried when the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

/** The separator of the header line: comma, semicolon or tab, whichever occurs most outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly reason: 'unterminatedQuote' | 'strayQuote',
    /** The record the problem is in, counted as a spreadsheet numbers rows (the first is 1). */
    readonly row: number,
    /** The physical line of the file the problem is on (differs from `row` after quoted line breaks). */
    readonly line: number,
  ) {
    super(
      reason === 'unterminatedQuote'
        ? `Unterminated quoted field starting in record ${row}`
        : `Quote inside an unquoted field on line ${line}`,
    );
  }
}

/** A record: its number as a spreadsheet shows it, the physical line it starts on, its cells. */
export interface CsvRecord extends TableRow {
  line: number;
}

export interface CsvOptions {
  /** Detected from the header line when not given. */
  delimiter?: string;
  /** A quote inside an unquoted field (`a"b`): kept as written, or refused as a CsvSyntaxError. */
  strayQuotes?: 'keep' | 'refuse';
}

/**
 * Cells shorter than this are copies, not views into the file's text (V8 makes no slice under 13
 * characters), so each repeat of an institution, discipline, duration or amount would be a string
 * of its own; they are shared instead.
 */
const SHARED_CELL_LENGTH = 13;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Line breaks in text[from, to): LF, CRLF and a lone CR each count once. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) count += 1;
  }
  return count;
}

/**
 * RFC 4180: fields separated by the delimiter, records by CRLF, LF or a lone CR in any mix; a field
 * opening with a double quote may contain separators, line breaks and `""` for a quote. Text after a
 * closing quote and (unless refused) a quote inside an unquoted field are kept as written, so cells
 * round-trip exactly. Blank lines are records with one empty cell; a final line end adds no record.
 */
export function readCsvRecords(text: string, options: CsvOptions = {}): CsvRecord[] {
  const separator = (options.delimiter ?? detectDelimiter(text)).charCodeAt(0);
  const refuseStrayQuotes = options.strayQuotes === 'refuse';
  const records: CsvRecord[] = [];
  const shortCells = new Map<string, string>();
  const shared = (cell: string) => {
    if (cell.length >= SHARED_CELL_LENGTH) return cell;
    const known = shortCells.get(cell);
    if (known !== undefined) return known;
    shortCells.set(cell, cell);
    return cell;
  };
  const length = text.length;
  let i = 0;
  let line = 1;
  while (i < length) {
    const number = records.length + 1;
    const recordLine = line;
    const cells: string[] = [];
    let recordOpen = true;
    while (recordOpen) {
      let cell = '';
      if (text.charCodeAt(i) === QUOTE) {
        const opened = i;
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) throw new CsvSyntaxError('unterminatedQuote', number, recordLine);
          cell += text.slice(from, close);
          if (text.charCodeAt(close + 1) !== QUOTE) {
            i = close + 1;
            break;
          }
          cell += '"';
          from = close + 2;
        }
        line += lineBreaks(text, opened, i);
      }
      const start = i;
      while (i < length) {
        const code = text.charCodeAt(i);
        if (code === separator || code === CR || code === LF) break;
        if (code === QUOTE && refuseStrayQuotes) throw new CsvSyntaxError('strayQuote', number, line);
        i += 1;
      }
      if (i > start) cell += text.slice(start, i);
      cells.push(shared(cell));
      const code = text.charCodeAt(i);
      if (code === separator) {
        i += 1;
        if (i === length) cells.push('');
        else continue;
      } else if (i < length) {
        i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line += 1;
      }
      recordOpen = false;
    }
    records.push({ number, line: recordLine, cells });
  }
  return records;
}

/** A record with nothing in it: a blank line. */
export const isBlankLine = (record: CsvRecord) => record.cells.length === 1 && record.cells[0] === '';
