import type { z } from 'zod';
import { ownCopy } from './csv';
import { MAX_REPORTED_ISSUES, type ImportIssue, type ImportReport } from '../../shared/domain/import-report';

/** A kept issue's values as their own strings: a cell read from a large CSV is a view of its chunk. */
function ownParams(params: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? ownCopy(value) : value]),
  );
}

/**
 * Collects the issues of one import. Every issue is counted, the first MAX_REPORTED_ISSUES are kept
 * for the report, and rows with an error are remembered so they are never written.
 */
export class IssueLog {
  readonly kept: ImportIssue[] = [];
  readonly rowsWithErrors = new Set<number>();
  /** Every error of a data row (kept in full, beyond the report's cap), for the rejected-rows file. */
  readonly errorsByRow = new Map<number, ImportIssue[]>();
  errors = 0;
  warnings = 0;
  /** The sheet (null for a CSV) and row the header was found in; null until a header is chosen. */
  header: { sheet: string | null; row: number } | null = null;

  useHeader(sheet: string | null, row: number): void {
    this.header = { sheet, row };
  }

  add(
    row: number,
    column: string,
    severity: ImportIssue['severity'],
    key: string,
    params: Record<string, string | number> = {},
  ): void {
    const issue: ImportIssue = {
      row,
      column,
      severity,
      problem: { key: `office.import.problems.${key}`, params: ownParams(params) },
    };
    if (severity === 'error') {
      this.errors += 1;
      this.rowsWithErrors.add(row);
      this.errorsByRow.set(row, [...(this.errorsByRow.get(row) ?? []), issue]);
    } else this.warnings += 1;
    if (this.kept.length < MAX_REPORTED_ISSUES) this.kept.push(issue);
  }

  /**
   * True when every error is about one data row: the file itself (row 0) and its header row are
   * sound, so the valid rows may be imported without the rejected ones.
   */
  errorsAreRowsOnly(): boolean {
    return !this.rowsWithErrors.has(0) && !(this.header && this.rowsWithErrors.has(this.header.row));
  }

  /**
   * Whether an import may write: never on a dry run or with no valid row; with errors only when the
   * officer asked to import the valid rows alone and every error is about a data row.
   */
  mayWrite(request: { dryRun: boolean; importValidRows?: boolean }, validRows: number): boolean {
    if (request.dryRun || validRows === 0) return false;
    return this.errors === 0 || (request.importValidRows === true && this.errorsAreRowsOnly());
  }

  /** Data rows with at least one error, in file order. */
  rejectedRows(): number[] {
    const rows = [...this.rowsWithErrors].filter((row) => row !== 0 && row !== this.header?.row);
    return rows.sort((a, b) => a - b);
  }

  error(row: number, column: string, key: string, params?: Record<string, string | number>): void {
    this.add(row, column, 'error', key, params);
  }

  warning(row: number, column: string, key: string, params?: Record<string, string | number>): void {
    this.add(row, column, 'warning', key, params);
  }

  report(fields: {
    fileName: string;
    dryRun: boolean;
    committed: boolean;
    rows: number;
    valid: number;
    imported: number;
  }): ImportReport {
    const issues = [...this.kept].sort((a, b) => a.row - b.row);
    return {
      ...fields,
      header: this.header,
      errors: this.errors,
      warnings: this.warnings,
      rejected: this.rejectedRows().length,
      canImportValidRows: this.errorsAreRowsOnly(),
      rejectedRowsFile: null,
      issues,
    };
  }
}

/**
 * Logs each issue of a row's failed schema check as an error in the column of the field it names
 * (`fallback` when it names none): a value too long, or otherwise not valid.
 */
export function logSchemaIssues<F extends string>(
  log: IssueLog,
  rowNumber: number,
  columns: ReadonlyMap<F, { header: string }>,
  error: z.ZodError,
  fallback: F,
): void {
  for (const issue of error.issues) {
    const field = issue.path[0] ?? fallback;
    const column = [...columns].find(([name]) => name === field)?.[1];
    log.error(rowNumber, column?.header ?? '', issue.code === 'too_big' ? 'tooLong' : 'invalidValue', {
      max: issue.code === 'too_big' ? Number(issue.maximum) : 0,
      detail: issue.message,
    });
  }
}
