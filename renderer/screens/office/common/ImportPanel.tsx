import { useId, useRef, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { InvokeOptions } from '../../../../shared/contract';
import type { Progress } from '../../../../shared/contract/progress';
import type { ImportReport } from '../../../../shared/domain/import-report';
import type { Err, Result } from '../../../../shared/result';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ProgressBar } from '../../../components/ProgressBar';
import { download } from '../results/format';
import { fileBytes, pickedName } from './format';
import { ImportReportView } from './ImportReportView';

export interface ImportRequest {
  file: { name: string; bytes: Uint8Array<ArrayBuffer> };
  attachments?: { files: { name: string; bytes: Uint8Array<ArrayBuffer> }[] };
  dryRun: boolean;
  /** Write the valid rows although some rows have errors: only after the officer confirmed it. */
  importValidRows?: boolean;
}

type Report = ImportReport & { attachments?: { files: number; matched: number; stored: number } };

/**
 * Import in two steps: check the file (a dry run that writes nothing and reports every problem by
 * row and column), then import it in one transaction. Long work shows progress and can be cancelled.
 * With `allowValidRows`, a file whose errors are all in data rows can import its valid rows alone,
 * after an explicit confirmation; the rejected rows are then downloaded as a file to fix.
 */
export function ImportPanel({
  title,
  hint,
  withAttachments = false,
  allowValidRows = false,
  run,
  onCommitted,
}: {
  title: string;
  hint: string;
  withAttachments?: boolean;
  allowValidRows?: boolean;
  run: (request: ImportRequest, options: InvokeOptions) => Promise<Result<Report>>;
  onCommitted: () => void;
}) {
  const { t } = useT();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [pdfs, setPdfs] = useState<File[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<Err | null>(null);
  const [confirming, setConfirming] = useState(false);
  const controller = useRef<AbortController | null>(null);

  async function start(dryRun: boolean, importValidRows = false) {
    if (!file) return;
    setError(null);
    setConfirming(false);
    controller.current = new AbortController();
    setProgress({ done: 0, total: 0, label: 'office.import.reading' });
    const request: ImportRequest = { file: { name: file.name, bytes: await fileBytes(file) }, dryRun };
    if (importValidRows) request.importValidRows = true;
    if (withAttachments && pdfs.length > 0)
      request.attachments = {
        files: await Promise.all(
          pdfs.map(async (pdf) => ({ name: pickedName(pdf), bytes: await fileBytes(pdf) })),
        ),
      };
    const result = await run(request, { onProgress: setProgress, signal: controller.current.signal });
    setProgress(null);
    controller.current = null;
    if (!result.ok) return setError(result);
    setReport(result.value);
    if (result.value.committed) {
      if (result.value.rejectedRowsFile) download(result.value.rejectedRowsFile);
      onCommitted();
    }
  }

  const choose = (files: FileList | null) => {
    setFile(files?.[0] ?? null);
    setReport(null);
    setConfirming(false);
  };
  const busy = progress !== null;
  const canCommit = report !== null && !report.committed && report.errors === 0 && report.valid > 0;
  const canImportValid =
    allowValidRows &&
    report !== null &&
    !report.committed &&
    report.errors > 0 &&
    report.valid > 0 &&
    report.canImportValidRows;
  const whyNoCommit = !file
    ? t('office.import.chooseFileWhy')
    : report === null || report.committed
      ? t('office.import.checkFirstWhy')
      : report.valid === 0
        ? t('office.import.noValidRowsWhy')
        : !report.canImportValidRows
          ? t('office.import.fileErrorsWhy')
          : null;

  return (
    <section className="card import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">{hint}</p>
      <div className="import-inputs">
        <label>
          {t('office.import.file')}
          <input
            type="file"
            accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => choose(event.target.files)}
            disabled={busy}
          />
        </label>
        {withAttachments && (
          <label>
            {t('office.import.pdfs')}
            <input
              type="file"
              accept=".pdf,application/pdf"
              multiple
              onChange={(event) => {
                setPdfs([...(event.target.files ?? [])]);
                setReport(null);
              }}
              disabled={busy}
            />
          </label>
        )}
      </div>
      <div className="toolbar">
        <button type="button" onClick={() => void start(true)} disabled={!file || busy}>
          {t('office.import.check')}
        </button>
        {canImportValid ? (
          <button
            type="button"
            className="primary"
            onClick={() => setConfirming(true)}
            disabled={busy || confirming}
            aria-expanded={confirming}
          >
            {t('office.import.importValid', { count: report.valid })}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => void start(false)}
            disabled={!canCommit || busy}
            title={canCommit ? undefined : (whyNoCommit ?? undefined)}
          >
            {canCommit ? t('office.import.commit', { count: report.valid }) : t('office.import.commitIdle')}
          </button>
        )}
      </div>
      {confirming && report && (
        <div className="notice notice-warn" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <span id={`${id}-confirm`}>
            {t('office.import.importValidConfirm', { count: report.valid, rejected: report.rejected })}
          </span>
          <div className="toolbar">
            <button type="button" className="primary" onClick={() => void start(false, true)}>
              {t('office.import.importValidYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('ui.cancel')}
            </button>
          </div>
        </div>
      )}
      <ProgressBar progress={progress} onCancel={() => controller.current?.abort()} />
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      {report?.committed && report.rejectedRowsFile && (
        <div className="notice notice-ok" role="status">
          <span>
            {t('office.import.partialDone', { imported: report.imported, rejected: report.rejected })}{' '}
            {t('office.import.rejectedSaved', { file: report.rejectedRowsFile.fileName })}
          </span>
          <button
            type="button"
            className="link"
            onClick={() => report.rejectedRowsFile && download(report.rejectedRowsFile)}
          >
            {t('office.import.rejectedDownload')}
          </button>
        </div>
      )}
      {report && <ImportReportView report={report} />}
    </section>
  );
}
