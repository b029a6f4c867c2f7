import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import { csvDocument } from '../../shared/tables/csv-write';
import { ownCopy } from './csv';
import type { IssueLog } from './report';
import type { StreamedTable } from './table';

export interface RejectedRowsFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** `申请书.xlsx` → `申请书-未导入的行.csv` (the suffix in the officer's language). */
function rejectedFileName(fileName: string, language: Language): string {
  const base = fileName.replace(/\.[^./\\]+$/u, '') || 'import';
  return `${base}-${translate(language, 'office.import.rejectedFile.suffix')}.csv`;
}

/**
 * The rows an import left out, as a CSV the officer can fix and import again: three leading
 * columns (row number in the original file, the columns at fault, the reasons, all in the
 * officer's language), then the original header and the row's own cells. The leading columns are
 * unknown to every import, which ignores them with a warning. Null when no row was rejected.
 */
export function rejectedRowsFile(
  table: StreamedTable | null,
  log: IssueLog,
  fileName: string,
  language: Language,
): RejectedRowsFile | null {
  const rejected = log.rejectedRows();
  const header = log.header;
  const sheet = header && table?.sheets.find((candidate) => candidate.name === header.sheet);
  if (rejected.length === 0 || !header || !sheet) return null;
  // Only the header and the rejected rows are kept from a new read of the sheet.
  const wanted = new Set([header.row, ...rejected]);
  const byNumber = new Map<number, string[]>();
  for (const batch of sheet.batches())
    for (const row of batch) if (wanted.has(row.number)) byNumber.set(row.number, row.cells.map(ownCopy));
  const label = (key: string) => translate(language, `office.import.rejectedFile.${key}`);
  const columnSeparator = translate(language, 'office.common.listSeparator');
  const reasonSeparator = label('reasonSeparator');
  const lines = rejected.map((row) => {
    const issues = log.errorsByRow.get(row) ?? [];
    const columns = [...new Set(issues.map((issue) => issue.column).filter((column) => column !== ''))];
    const reasons = issues.map((issue) => {
      const reason = translate(language, issue.problem.key, issue.problem.params);
      return issue.column === '' ? reason : `${issue.column}: ${reason}`;
    });
    return [row, columns.join(columnSeparator), reasons.join(reasonSeparator), ...(byNumber.get(row) ?? [])];
  });
  const head = [label('row'), label('columns'), label('reasons'), ...(byNumber.get(header.row) ?? [])];
  return {
    fileName: rejectedFileName(fileName, language),
    mediaType: 'text/csv',
    bytes: Buffer.from(csvDocument([head, ...lines]), 'utf8'),
  };
}
