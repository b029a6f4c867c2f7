import { isUtf8 } from 'node:buffer';
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

/** Bytes decoded per step when a CSV is read in chunks ({@link readCsvRecordBatches}). */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * A file's bytes in pieces of at most `size`, read again from the start on every call (from disk
 * for a file on disk), or all of them at once.
 */
export type ByteSource = Uint8Array | ((size: number) => Iterable<Uint8Array>);

function* piecesOf(source: ByteSource): Generator<Uint8Array> {
  if (typeof source === 'function') yield* source(CHUNK_BYTES);
  else
    for (let from = 0; from < source.length; from += CHUNK_BYTES)
      yield source.subarray(from, from + CHUNK_BYTES);
}

/** The first `count` bytes of the source (fewer if it is shorter). */
function leadingBytes(source: ByteSource, count: number): Uint8Array {
  const head: number[] = [];
  for (const piece of piecesOf(source)) {
    for (const byte of piece.subarray(0, count - head.length)) head.push(byte);
    if (head.length === count) break;
  }
  return Uint8Array.from(head);
}

function isUtf8Source(source: ByteSource): boolean {
  if (typeof source !== 'function') return isUtf8(source);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (const piece of piecesOf(source)) decoder.decode(piece, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * Text of a CSV file in chunks of about CHUNK_BYTES: UTF-8 (with or without BOM), UTF-16 with a
 * BOM, or — what Excel in a Chinese locale writes by default — GB18030, used when the bytes are not
 * valid UTF-8 (checked over the whole file first, so no chunk is decoded under the wrong encoding).
 */
export function* decodeTextChunks(source: ByteSource): Generator<string> {
  const head = leadingBytes(source, 3);
  let encoding = 'utf-8';
  let bom = 0;
  if (head[0] === 0xff && head[1] === 0xfe) [encoding, bom] = ['utf-16le', 2];
  else if (head[0] === 0xfe && head[1] === 0xff) [encoding, bom] = ['utf-16be', 2];
  else {
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) bom = 3;
    if (!isUtf8Source(typeof source === 'function' ? source : source.subarray(bom))) encoding = 'gb18030';
  }
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  let toSkip = bom;
  for (const piece of piecesOf(source)) {
    const body = piece.subarray(toSkip);
    toSkip -= piece.length - body.length;
    const text = decoder.decode(body, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** The whole text of a CSV file, decoded as {@link decodeTextChunks} does. */
export function decodeText(bytes: Uint8Array): string {
  return [...decodeTextChunks(bytes)].join('');
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

/** Where parsing resumes: the number and physical line of the next record. */
interface ParsePosition {
  number: number;
  line: number;
}

interface ParsedPart {
  records: CsvRecord[];
  /** Characters of the text making up `records`; the rest is an unfinished record. */
  consumed: number;
  next: ParsePosition;
}

/**
 * RFC 4180: fields separated by the delimiter, records by CRLF, LF or a lone CR in any mix; a field
 * opening with a double quote may contain separators, line breaks and `""` for a quote. Text after a
 * closing quote and (unless refused) a quote inside an unquoted field are kept as written, so cells
 * round-trip exactly. Blank lines are records with one empty cell; a final line end adds no record.
 * Unless `final`, the text is a prefix of the file: a record is only taken once the character after
 * its line break is there too (a CR may be half of a CRLF), and an open quote is not an error yet.
 */
function parseRecords(
  text: string,
  separator: number,
  refuseStrayQuotes: boolean,
  start: ParsePosition,
  final: boolean,
): ParsedPart {
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
  let line = start.line;
  let consumed = 0;
  let next = start;
  while (i < length) {
    const number = start.number + records.length;
    const recordLine = line;
    const cells: string[] = [];
    let recordOpen = true;
    let ended = false;
    while (recordOpen) {
      let cell = '';
      if (text.charCodeAt(i) === QUOTE) {
        const opened = i;
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) {
            if (!final) return { records, consumed, next };
            throw new CsvSyntaxError('unterminatedQuote', number, recordLine);
          }
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
      const cellStart = i;
      while (i < length) {
        const code = text.charCodeAt(i);
        if (code === separator || code === CR || code === LF) break;
        if (code === QUOTE && refuseStrayQuotes) throw new CsvSyntaxError('strayQuote', number, line);
        i += 1;
      }
      if (i > cellStart) cell += text.slice(cellStart, i);
      cells.push(shared(cell));
      const code = text.charCodeAt(i);
      if (code === separator) {
        i += 1;
        if (i === length) cells.push('');
        else continue;
      } else if (i < length) {
        i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line += 1;
        ended = true;
      }
      recordOpen = false;
    }
    if (!final && !(ended && i < length)) break;
    records.push({ number, line: recordLine, cells });
    consumed = i;
    next = { number: number + 1, line };
  }
  return { records, consumed, next };
}

/** Every record of a CSV text (see {@link parseRecords} for the rules). */
export function readCsvRecords(text: string, options: CsvOptions = {}): CsvRecord[] {
  const separator = (options.delimiter ?? detectDelimiter(text)).charCodeAt(0);
  return parseRecords(text, separator, options.strayQuotes === 'refuse', { number: 1, line: 1 }, true)
    .records;
}

/**
 * The records of a CSV file, read again from its bytes on every iteration, one batch per decoded
 * chunk: no more than a chunk of text and its records is held at a time, whatever the file's size
 * (nor its bytes, when the source reads them from disk).
 * The same records as `readCsvRecords(decodeText(bytes))`, numbered and with lines as there.
 */
export function* readCsvRecordBatches(bytes: ByteSource, options: CsvOptions = {}): Generator<CsvRecord[]> {
  const refuseStrayQuotes = options.strayQuotes === 'refuse';
  let separator = options.delimiter?.charCodeAt(0);
  let position: ParsePosition = { number: 1, line: 1 };
  let carry = '';
  for (const chunk of decodeTextChunks(bytes)) {
    const text = carry + chunk;
    separator ??= detectDelimiter(text).charCodeAt(0);
    const part = parseRecords(text, separator, refuseStrayQuotes, position, false);
    // The unfinished record is copied out, so the chunk's text is not kept alive by a slice of it.
    carry = ownCopy(text.slice(part.consumed));
    position = part.next;
    if (part.records.length > 0) yield part.records;
  }
  // A carry comes from a chunk, which set the separator.
  if (carry === '' || separator === undefined) return;
  const part = parseRecords(carry, separator, refuseStrayQuotes, position, true);
  if (part.records.length > 0) yield part.records;
}

/**
 * A copy of `text` that shares no memory with the string it was cut from: a slice of a chunk keeps
 * the whole chunk alive, so a cell kept beyond its batch (a reference number, a reported value) is
 * copied. Flattening the concatenation makes the new string; the slice then points into it.
 */
export function ownCopy(text: string): string {
  return text.length < SHARED_CELL_LENGTH ? text : ` ${text}`.slice(1);
}

/** A record with nothing in it: a blank line. */
export const isBlankLine = (record: CsvRecord) => record.cells.length === 1 && record.cells[0] === '';
