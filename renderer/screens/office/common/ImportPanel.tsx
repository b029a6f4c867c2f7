import { useId, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ImportReport } from '../../../../shared/domain/import-report';
import type { Err } from '../../../../shared/result';
import type { LongCall } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ProgressBar } from '../../../components/ProgressBar';
import { FilePicker } from '../../../components/FilePicker';
import { ReasonedButton } from '../../../components/ReasonedButton';
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

export type ImportAnswer = ImportReport & {
  attachments?: { files: number; matched: number; stored: number };
};

/** Shown while the chosen files are read, before the handler reports its own progress. */
const reading = { done: 0, total: 0, label: 'office.import.reading' };

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
  importer,
  onCommitted,
}: {
  title: string;
  hint: string;
  withAttachments?: boolean;
  allowValidRows?: boolean;
  /** The import channel (useLongCall), with the screen's own part of the request filled in. */
  importer: LongCall<ImportRequest, ImportAnswer>;
  onCommitted: () => void;
}) {
  const { t } = useT();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [pdfs, setPdfs] = useState<File[]>([]);
  const [report, setReport] = useState<ImportAnswer | null>(null);
  const [started, setStarted] = useState(false);
  const [error, setError] = useState<Err | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function start(dryRun: boolean, importValidRows = false) {
    if (!file) return;
    setError(null);
    setConfirming(false);
    setStarted(true);
    const request: ImportRequest = { file: { name: file.name, bytes: await fileBytes(file) }, dryRun };
    if (importValidRows) request.importValidRows = true;
    if (withAttachments && pdfs.length > 0)
      request.attachments = {
        files: await Promise.all(
          pdfs.map(async (pdf) => ({ name: pickedName(pdf), bytes: await fileBytes(pdf) })),
        ),
      };
    const result = await importer.run(request);
    setStarted(false);
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
  const busy = started;
  const canCommit = report !== null && !report.committed && report.errors === 0 && report.valid > 0;
  const canImportValid =
    allowValidRows &&
    report !== null &&
    !report.committed &&
    report.errors > 0 &&
    report.valid > 0 &&
    report.canImportValidRows;
  const whyNoCommit = canCommit
    ? null
    : !file
      ? t('office.import.chooseFileWhy')
      : report === null || report.committed
        ? t('office.import.checkFirstWhy')
        : report.valid === 0
          ? t('office.import.noValidRowsWhy')
          : !report.canImportValidRows
            ? t('office.import.fileErrorsWhy')
            : t('office.import.rowErrorsWhy');

  return (
    <section className="card import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">{hint}</p>
      <div className="import-inputs">
        <FilePicker
          label={t('office.import.file')}
          accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          chosen={file?.name ?? null}
          onChoose={choose}
        />
        {withAttachments && (
          <FilePicker
            label={t('office.import.pdfs')}
            accept=".pdf,application/pdf"
            multiple
            disabled={busy}
            chosen={pdfs.length === 0 ? null : t('ui.file.chosenMany', { count: pdfs.length })}
            onChoose={(files) => {
              setPdfs([...(files ?? [])]);
              setReport(null);
            }}
          />
        )}
      </div>
      <div className="toolbar">
        <ReasonedButton
          blocked={file ? null : t('office.import.chooseFileWhy')}
          busy={busy}
          onClick={() => void start(true)}
        >
          {t('office.import.check')}
        </ReasonedButton>
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
          <ReasonedButton
            primary
            blocked={whyNoCommit}
            // Without a file the check button beside it already says so.
            reasonShown={file ? 'inline' : 'tooltip'}
            busy={busy}
            onClick={() => void start(false)}
          >
            {canCommit ? t('office.import.commit', { count: report.valid }) : t('office.import.commitIdle')}
          </ReasonedButton>
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
      <ProgressBar progress={started ? (importer.progress ?? reading) : null} onCancel={importer.cancel} />
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
