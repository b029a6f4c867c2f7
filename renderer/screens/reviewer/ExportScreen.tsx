import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import type { ResponseOf } from '../../../shared/contract';
import type { ExportSummary } from '../../../shared/contract/reviewer';
import { pick } from '../../../shared/domain/localized';
import { useAction, useChannel } from '../../api/use-channel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ReasonedButton } from '../../components/ReasonedButton';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from './format';
import './reviewer.css';

type Exported = ResponseOf<'reviewer.export'>;

/** Hands the bundle to the browser as a download (the desktop app shows its save dialog). */
function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/octet-stream' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The summary before export (submitted, recused, still open) and the export of each call. */
export function ExportScreen() {
  const { t } = useT();
  const summaries = useChannel('reviewer.exportSummary', {});
  const calls = summaries.value?.calls ?? null;

  return (
    <section className="screen reviewer-export">
      <h1>{t('reviewer.exportScreen.title')}</h1>
      <p className="muted">{t('reviewer.exportScreen.intro')}</p>
      <ErrorNotice error={summaries.error} onDismiss={summaries.clearError} />
      {calls?.length === 0 && <p className="notice notice-warn">{t('reviewer.exportScreen.empty')}</p>}
      {calls?.map((summary) => (
        <CallExport key={summary.callId} summary={summary} onExported={() => void summaries.reload()} />
      ))}
    </section>
  );
}

function CallExport({ summary, onExported }: { summary: ExportSummary; onExported: () => void }) {
  const { t } = useT();
  const language = currentLanguage();
  const action = useAction();
  const [exported, setExported] = useState<Exported | null>(null);
  const toSend = summary.submitted + summary.recused;
  const headingId = `export-${summary.callId}`;

  async function run() {
    const result = await action.run('reviewer.export', { callId: summary.callId });
    if (!result) return;
    if (result.bytes) download(result.bytes, result.fileName);
    setExported(result);
    onExported();
  }

  return (
    <article className="card export-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {pick(summary.title, language)} <span className="tag">{summary.callCode}</span>
      </h2>
      <dl className="export-counts">
        <div>
          <dt>{t('reviewer.exportScreen.submitted')}</dt>
          <dd>{summary.submitted}</dd>
        </div>
        <div>
          <dt>{t('reviewer.exportScreen.recused')}</dt>
          <dd>{summary.recused}</dd>
        </div>
        <div>
          <dt>{t('reviewer.exportScreen.open')}</dt>
          <dd>{summary.open}</dd>
        </div>
      </dl>
      {summary.open > 0 && (
        <p className="notice notice-warn">
          {t('reviewer.exportScreen.openWarning', { count: summary.open })}
        </p>
      )}
      <p className="muted">
        {summary.lastExportedAt
          ? t('reviewer.exportScreen.lastExport', { time: formatDateTime(summary.lastExportedAt, language) })
          : t('reviewer.exportScreen.neverExported')}{' '}
        {toSend > 0 &&
          (summary.lastExportedAt === null
            ? t('reviewer.exportScreen.ready', { count: toSend })
            : summary.changedSinceExport > 0
              ? t('reviewer.exportScreen.changed', { count: summary.changedSinceExport })
              : t('reviewer.exportScreen.unchanged'))}
      </p>
      <dl className="facts">
        <dt>{t('reviewer.exportScreen.fileName')}</dt>
        <dd className="mono">{summary.fileName}</dd>
      </dl>
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      {exported && (
        <div className="notice notice-ok" role="status">
          <span>
            {t('reviewer.exportScreen.done', {
              fileName: exported.fileName,
              submitted: exported.submitted,
              recused: exported.recused,
            })}
            {exported.path && ` ${t('reviewer.exportScreen.doneAt', { path: exported.path })}`}
          </span>
          {exported.bytes && (
            <button
              type="button"
              className="link"
              onClick={() => exported.bytes && download(exported.bytes, exported.fileName)}
            >
              {t('reviewer.exportScreen.download')}
            </button>
          )}
        </div>
      )}
      <div className="toolbar">
        <ReasonedButton
          primary
          blocked={toSend === 0 ? t('reviewer.exportScreen.nothing') : null}
          busy={action.busy}
          onClick={() => void run()}
        >
          {action.busy ? t('reviewer.exportScreen.exporting') : t('reviewer.exportScreen.export')}
        </ReasonedButton>
      </div>
    </article>
  );
}
