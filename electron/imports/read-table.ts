import { CsvSyntaxError, decodeText, parseCsv } from './csv';
import type { IssueLog } from './report';
import type { NamedBytes } from './source';
import type { Table } from './table';
import { readXlsx } from './xlsx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads a CSV (any separator, UTF-8/UTF-16/GB18030) or an .xlsx workbook, chosen by the file's
 * content rather than trusting its name. Unreadable files are logged as a file-level error.
 */
export async function readTable(file: NamedBytes, log: IssueLog): Promise<Table | null> {
  const lower = file.name.toLowerCase();
  const isZip = ZIP_MAGIC.every((byte, index) => file.bytes[index] === byte);
  if (lower.endsWith('.xls') && !isZip) {
    log.error(0, '', 'xlsNotSupported', { file: file.name });
    return null;
  }
  if (isZip) {
    try {
      return await readXlsx(file.bytes);
    } catch (cause) {
      log.error(0, '', 'unreadableWorkbook', { file: file.name, detail: String(cause) });
      return null;
    }
  }
  try {
    return parseCsv(decodeText(file.bytes));
  } catch (cause) {
    if (cause instanceof CsvSyntaxError) log.error(cause.row, '', 'unterminatedQuote');
    else log.error(0, '', 'unreadableCsv', { file: file.name, detail: String(cause) });
    return null;
  }
}
