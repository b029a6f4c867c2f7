import { CsvSyntaxError, decodeText, readCsvRecordBatches, readCsvRecords } from './csv';
import type { IssueLog } from './report';
import type { TableFile } from './source';
import { isBlankRow, streamedTable, type StreamedTable, type Table } from './table';
import { readXlsx } from './xlsx';
import { xlsxSizeProblem } from './xlsx-size';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

type Content = { kind: 'csv'; bytes: Uint8Array } | { kind: 'table'; table: Table } | null;

/**
 * Reads a CSV (any separator, UTF-8/UTF-16/GB18030) or an .xlsx workbook, chosen by the file's
 * content rather than trusting its name. Unreadable files are logged as a file-level error.
 */
export async function readTable(file: TableFile, log: IssueLog): Promise<Table | null> {
  const content = await readContent(file, log);
  if (content?.kind !== 'csv') return content?.table ?? null;
  try {
    return { sheets: [{ name: null, rows: readCsvRecords(decodeText(content.bytes)) }] };
  } catch (cause) {
    logCsvProblem(cause, file, log);
    return null;
  }
}

/**
 * As {@link readTable}, but a CSV is never held as a whole text or as all its rows: its bytes are
 * read (from disk, for a file path), decoded and parsed a chunk at a time, each time its rows are
 * read. This first read
 * checks the whole file's syntax and counts its rows, so a malformed file is refused as before.
 */
export async function readStreamedTable(file: TableFile, log: IssueLog): Promise<StreamedTable | null> {
  const head = firstPiece(file.pieces(ZIP_MAGIC.length));
  if (isZip(head) || isXlsName(file)) {
    const content = await readContent(file, log);
    return content?.kind === 'table' ? streamedTable(content.table) : null;
  }
  const bytes = file.pieces;
  let nonBlankRows = 0;
  try {
    for (const batch of readCsvRecordBatches(bytes))
      for (const record of batch) if (!isBlankRow(record)) nonBlankRows += 1;
  } catch (cause) {
    logCsvProblem(cause, file, log);
    return null;
  }
  return { sheets: [{ name: null, nonBlankRows, batches: () => readCsvRecordBatches(bytes) }] };
}

/** The first piece only: the rest of the file is not read. */
function firstPiece(pieces: Iterable<Uint8Array>): Uint8Array {
  for (const piece of pieces) return piece;
  return new Uint8Array(0);
}

const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
const isXlsName = (file: TableFile) => file.name.toLowerCase().endsWith('.xls');

function logCsvProblem(cause: unknown, file: TableFile, log: IssueLog): void {
  if (cause instanceof CsvSyntaxError) log.error(cause.row, '', 'unterminatedQuote');
  else log.error(0, '', 'unreadableCsv', { file: file.name, detail: String(cause) });
}

async function readContent(file: TableFile, log: IssueLog): Promise<Content> {
  const bytes = await file.read();
  const zip = isZip(bytes);
  if (isXlsName(file) && !zip) {
    log.error(0, '', 'xlsNotSupported', { file: file.name });
    return null;
  }
  if (!zip) return { kind: 'csv', bytes };
  try {
    const tooBig = xlsxSizeProblem(bytes);
    if (tooBig) {
      log.error(0, '', tooBig.problem, { file: file.name, ...tooBig.params });
      return null;
    }
    return { kind: 'table', table: await readXlsx(bytes) };
  } catch (cause) {
    log.error(0, '', 'unreadableWorkbook', { file: file.name, detail: String(cause) });
    return null;
  }
}
