import { translateOr, useT } from '../../../i18n/use-t';
import type { ImportReport } from '../../../../shared/domain/import-report';
import { TableHead } from '../../../components/TableHead';

/** The row-by-row report of an import: what was read, what is wrong and where, what was written. */
export function ImportReportView({
  report,
}: {
  report: ImportReport & { attachments?: { files: number; matched: number; stored: number } };
}) {
  const { t } = useT();
  const outcome = report.committed
    ? { className: 'notice-ok', text: t('office.import.committed', { count: report.imported }) }
    : report.errors > 0
      ? { className: 'notice-error', text: t('office.import.hasErrors', { count: report.errors }) }
      : { className: 'notice-ok', text: t('office.import.ready', { count: report.valid }) };
  const hidden = report.errors + report.warnings - report.issues.length;
  return (
    <div className="import-report">
      <div className={`notice ${outcome.className}`} role="status">
        <span>{outcome.text}</span>
      </div>
      <p className="muted">
        {t('office.import.summary', {
          file: report.fileName,
          rows: report.rows,
          valid: report.valid,
          errors: report.errors,
          warnings: report.warnings,
        })}
        {report.header && (
          <>
            {' '}
            {report.header.sheet === null
              ? t('office.import.headerRow', { row: report.header.row })
              : t('office.import.headerSheetRow', { sheet: report.header.sheet, row: report.header.row })}
          </>
        )}
        {report.attachments && report.attachments.files > 0 && (
          <> {t('office.import.attachmentSummary', report.attachments)}</>
        )}
      </p>
      {report.issues.length > 0 && (
        <table className="table issues-table">
          <caption className="visually-hidden">{t('office.import.issues')}</caption>
          <TableHead
            headings={[
              { label: t('office.import.row'), numeric: true },
              ...(['column', 'severity', 'problem'] as const).map((heading) => t(`office.import.${heading}`)),
            ]}
          />
          <tbody>
            {report.issues.map((issue, index) => (
              <tr key={index}>
                <td className="num">{issue.row === 0 ? '—' : issue.row}</td>
                <td>{issue.column}</td>
                <td>
                  <span className={`tag ${issue.severity === 'error' ? 'tag-danger' : 'tag-warn'}`}>
                    {t(`office.import.severities.${issue.severity}`)}
                  </span>
                </td>
                <td>{translateOr(t, issue.problem.key, issue.problem.key, issue.problem.params)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hidden > 0 && <p className="muted">{t('office.import.moreIssues', { count: hidden })}</p>}
    </div>
  );
}
