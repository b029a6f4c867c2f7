import type { Table, TableRow } from './table';

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
  constructor(readonly row: number) {
    super(`Unterminated quoted field starting in record ${row}`);
  }
}

/**
 * RFC 4180: fields separated by `delimiter`, records by CRLF or LF (or a lone CR), fields in double
 * quotes may contain separators, line breaks and `""` for a quote. Text outside quotes is kept as
 * written, so cells round-trip exactly. Row numbers count records, as a spreadsheet shows them.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): Table {
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteStartRow = 0;
  let atFieldStart = true;
  const endRecord = () => {
    cells.push(cell);
    rows.push({ number: rows.length + 1, cells });
    cells = [];
    cell = '';
    atFieldStart = true;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      quoteStartRow = rows.length + 1;
      atFieldStart = false;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
      atFieldStart = true;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
    } else {
      cell += char;
      atFieldStart = false;
    }
  }
  if (quoted) throw new CsvSyntaxError(quoteStartRow);
  if (cell !== '' || cells.length > 0) endRecord();
  return { rows };
}
