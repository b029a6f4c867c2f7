import type { ImportReport } from '../../../shared/domain/import-report';
import type { Language } from '../../../shared/i18n/catalogs';
import { translate } from '../../../shared/i18n/translate';
import type { Result } from '../../../shared/result';

/** An import report for a person: the summary, then one translated line per issue. */
export function describeImport(report: ImportReport, language: Language): string {
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
  return [...lines, summary, ...outcome].join('\n');
}

/**
 * A refused import exits with 1 like any refused input; its message is the whole report. A dry run
 * is never refused: `--dry-run --json` gives the report as data.
 */
export function importOutcome<R extends ImportReport>(result: Result<R>, language: Language): Result<R> {
  if (!result.ok || result.value.dryRun || result.value.errors === 0) return result;
  return {
    ok: false,
    code: 'office.cli.importRefused',
    message: describeImport(result.value, language),
    params: { errors: result.value.errors, warnings: result.value.warnings },
  };
}
