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
    if (severity === 'error') {
      this.errors += 1;
      this.rowsWithErrors.add(row);
    } else this.warnings += 1;
    if (this.kept.length < MAX_REPORTED_ISSUES)
      this.kept.push({
        row,
        column,
        severity,
        problem: { key: `office.import.problems.${key}`, params: ownParams(params) },
      });
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
    return { ...fields, header: this.header, errors: this.errors, warnings: this.warnings, issues };
  }
}
