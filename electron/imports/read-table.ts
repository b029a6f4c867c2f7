import { CsvSyntaxError, decodeText, readCsvRecords } from './csv';
import type { IssueLog } from './report';
import type { TableFile } from './source';
import type { Table } from './table';
import { readXlsx } from './xlsx';
import { xlsxSizeProblem } from './xlsx-size';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

type Content = { kind: 'csv'; text: string } | { kind: 'table'; table: Table } | null;

/**
 * Reads a CSV (any separator, UTF-8/UTF-16/GB18030) or an .xlsx workbook, chosen by the file's
 * content rather than trusting its name. Unreadable files are logged as a file-level error. A CSV's
 * bytes are dropped once decoded, before its text is split into cells.
 */
export async function readTable(file: TableFile, log: IssueLog): Promise<Table | null> {
  const content = await readContent(file, log);
  if (content?.kind !== 'csv') return content?.table ?? null;
  try {
    return { sheets: [{ name: null, rows: readCsvRecords(content.text) }] };
  } catch (cause) {
    if (cause instanceof CsvSyntaxError) log.error(cause.row, '', 'unterminatedQuote');
    else log.error(0, '', 'unreadableCsv', { file: file.name, detail: String(cause) });
    return null;
  }
}

async function readContent(file: TableFile, log: IssueLog): Promise<Content> {
  const bytes = await file.read();
  const isZip = ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
  if (file.name.toLowerCase().endsWith('.xls') && !isZip) {
    log.error(0, '', 'xlsNotSupported', { file: file.name });
    return null;
  }
  if (!isZip) return { kind: 'csv', text: decodeText(bytes) };
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
