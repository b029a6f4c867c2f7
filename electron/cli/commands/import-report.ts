import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportReport } from '../../../shared/domain/import-report';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import type { Result } from '../../../shared/result';

/** An import report and where the CLI wrote its rejected rows (null: no file written). */
export type CliImportReport<R extends ImportReport = ImportReport> = R & { rejectedRowsPath: string | null };

/**
 * An import report for a person: the summary, then one translated line per issue, then where the
 * rejected rows were written.
 */
export function describeImport(
  report: ImportReport,
  language: Language,
  rejectedRowsPath: string | null = null,
): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const lines = report.issues.map((issue) =>
    t('office.cli.issueLine', {
      row: issue.row,
      column: issue.column,
      problem: t(issue.problem.key, issue.problem.params),
    }),
  );
  const summary = t('office.cli.importSummary', {
    file: report.fileName,
    rows: report.rows,
    valid: report.valid,
    imported: report.imported,
    errors: report.errors,
    warnings: report.warnings,
  });
  const outcome = report.dryRun
    ? [t('office.cli.dryRunDone')]
    : report.committed
      ? []
      : [t('office.cli.importRefused')];
  const rejected =
    rejectedRowsPath === null ? [] : [t('office.cli.rejectedRowsWritten', { path: rejectedRowsPath })];
  return [...lines, summary, ...outcome, ...rejected].join('\n');
}

/**
 * Writes the report's rejected rows (when it has any) to `target`, or beside the imported file
 * under the name the report gives it; returns the path written, or null.
 */
export function writeRejectedRows(
  report: ImportReport,
  importedFile: string,
  target: unknown,
): string | null {
  const rejected = report.rejectedRowsFile;
  if (rejected === null) return null;
  const written = path.resolve(
    typeof target === 'string' ? target : path.join(path.dirname(importedFile), rejected.fileName),
  );
  writeFileSync(written, rejected.bytes);
  return written;
}

/**
 * A refused import exits with 1 like any refused input; its message is the whole report. A dry run
 * is never refused (`--dry-run --json` gives the report as data), nor an import that wrote the
 * valid rows alone (`--import-valid-rows`). With `--import-valid-rows` the rejected rows are
 * written to a file (`rejectedOut`, or beside the imported file) and the output says where.
 */
export function importOutcome<R extends ImportReport>(
  result: Result<R>,
  language: Language,
  rejectedRows?: { importedFile: string; target: unknown },
): Result<CliImportReport<R>> {
  if (!result.ok) return result;
  const report = result.value;
  const rejectedRowsPath = rejectedRows
    ? writeRejectedRows(report, rejectedRows.importedFile, rejectedRows.target)
    : null;
  if (report.dryRun || report.errors === 0 || report.committed)
    return { ok: true, value: { ...report, rejectedRowsPath } };
  return {
    ok: false,
    code: 'office.cli.importRefused',
    message: describeImport(report, language, rejectedRowsPath),
    params: { errors: report.errors, warnings: report.warnings },
  };
}
