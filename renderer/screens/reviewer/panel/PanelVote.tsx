import { useCallback, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/use-t';
import type { MemberBallot, PanelCallSummary } from '../../../../shared/contract/panel-bundles';
import { pick } from '../../../../shared/domain/localized';
import { api } from '../../../api/api';
import { useAction, useChannel } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { currentLanguage } from '../../../i18n/i18n';
import { PdfViewer } from '../PdfViewer';
import { FilePicker } from '../../../components/FilePicker';
import { BallotForm } from './BallotForm';
import { ReviewDigestView } from './ReviewDigestView';
import '../reviewer.css';

/** Hands the ballot bundle to the browser as a download (the desktop app shows its save dialog). */
function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/octet-stream' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  URL.revokeObjectURL(url);
}

/**
 * A panel member's screen: open a panel package, see the shortlist with the ballots cast, and per
 * application its PDF, the anonymised mail-review digest and the ballot form side by side; export
 * the ballot bundle for the office.
 */
export function PanelVote() {
  const { t } = useT();
  const list = useChannel('reviewer.panel.list', {});
  const calls = list.value?.calls ?? [];
  const refresh = list.reload;
  const exporting = useAction();
  const [open, setOpen] = useState<{ callId: string; applicationId: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const exportBallots = async (call: PanelCallSummary) => {
    const exported = await exporting.run('reviewer.panel.export', { callId: call.callId });
    if (!exported) return;
    if (exported.bytes) download(exported.bytes, exported.fileName);
    setNotice(t('ballot.ui.exported', { fileName: exported.fileName, count: exported.ballots }));
    await refresh();
  };

  return (
    <section className="panel-vote">
      <h2>{t('ballot.ui.title')}</h2>
      <ErrorNotice error={list.error} onDismiss={list.clearError} />
      <ErrorNotice error={exporting.error} onDismiss={() => exporting.setError(null)} />
      {notice ? <p role="status">{notice}</p> : null}
      {open ? (
        <PanelApplication
          {...open}
          onBack={() => {
            setOpen(null);
            void refresh();
          }}
        />
      ) : (
        <>
          <OpenPanelPackage
            onOpened={(message) => {
              setNotice(message);
              void refresh();
            }}
          />
          {calls.map((call) => (
            <Shortlist
              key={call.callId}
              call={call}
              onOpen={(applicationId) => setOpen({ callId: call.callId, applicationId })}
              onExport={() => void exportBallots(call)}
              exporting={exporting.busy}
            />
          ))}
        </>
      )}
    </section>
  );
}

function OpenPanelPackage({ onOpened }: { onOpened: (message: string) => void }) {
  const { t } = useT();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  // Through api(), a locked workspace or a first key opens the passphrase prompt and is retried.
  const opening = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    opening.setError(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const opened = await opening.run('reviewer.panel.open', { source: { bytes }, passphrase });
    if (!opened) return;
    setPassphrase('');
    onOpened(t('ballot.ui.opened', { call: opened.callCode, version: opened.packageVersion }));
  };
  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t('ballot.ui.open')}>
      <h3>{t('ballot.ui.open')}</h3>
      <FilePicker
        label={t('ballot.ui.file')}
        accept=".pdpanel"
        chosen={file?.name ?? null}
        onChoose={(files) => setFile(files?.[0] ?? null)}
      />
      <label>
        {t('ballot.ui.passphrase')}
        <input type="password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
      </label>
      <ErrorNotice error={opening.error} />
      <ReasonedButton
        type="submit"
        blocked={
          file === null ? t('ballot.ui.needFile') : passphrase === '' ? t('ballot.ui.needPassphrase') : null
        }
        busy={opening.busy}
      >
        {t('ballot.ui.open')}
      </ReasonedButton>
    </form>
  );
}

function Shortlist({
  call,
  onOpen,
  onExport,
  exporting,
}: {
  call: PanelCallSummary;
  onOpen: (applicationId: string) => void;
  onExport: () => void;
  exporting: boolean;
}) {
  const { t } = useT();
  const language = currentLanguage();
  return (
    <section aria-label={`${t('ballot.ui.shortlist')} ${call.callCode}`}>
      <h3>
        {t('ballot.ui.shortlist')} · {call.callCode} {pick(call.title, language)}
      </h3>
      <p className="muted">
        {t('ballot.ui.rule', {
          quorum: Math.round(call.rule.quorum * 100) / 100,
          majority: call.rule.majority,
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('ballot.ui.columns.reference')}</th>
            <th scope="col">{t('ballot.ui.columns.title')}</th>
            <th scope="col">{t('ballot.ui.columns.reviews')}</th>
            <th scope="col">{t('ballot.ui.columns.mean')}</th>
            <th scope="col">{t('ballot.ui.columns.ballot')}</th>
          </tr>
        </thead>
        <tbody>
          {call.applications.map((application) => (
            <tr key={application.applicationId}>
              <td>
                <button type="button" className="link" onClick={() => onOpen(application.applicationId)}>
                  {application.referenceNo}
                </button>
              </td>
              <td>{application.title}</td>
              <td>{application.submittedReviews}</td>
              <td>{application.meanOverall === null ? '–' : application.meanOverall.toFixed(2)}</td>
              <td>
                {application.ballot
                  ? t(`ballot.ui.votes.${application.ballot.vote}`)
                  : t('ballot.ui.notVoted')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReasonedButton
        blocked={call.applications.some((application) => application.ballot) ? null : t('ballot.ui.needVote')}
        busy={exporting}
        onClick={onExport}
      >
        {t('ballot.ui.export')}
      </ReasonedButton>
    </section>
  );
}

function PanelApplication({
  callId,
  applicationId,
  onBack,
}: {
  callId: string;
  applicationId: string;
  onBack: () => void;
}) {
  const { t } = useT();
  const { value: detail, error } = useChannel('reviewer.panel.application', { callId, applicationId });
  // The ballot as saved since that answer.
  const [savedBallot, setSavedBallot] = useState<MemberBallot | null>(null);
  // PdfViewer's loader answers the whole Result (it shows a refusal per attachment): the transport.
  const load = useCallback(
    (sha256: string) => api().invoke('reviewer.panel.attachment', { callId, sha256 }),
    [callId],
  );
  if (!detail) return <ErrorNotice error={error} />;
  const { application } = detail;
  return (
    <article className="panel-application">
      <button type="button" onClick={onBack}>
        {t('ballot.ui.back')}
      </button>
      <h3>
        {application.referenceNo} {application.title}
      </h3>
      <div className="panel-columns">
        <section aria-label={t('ballot.ui.pdf')}>
          <PdfViewer
            attachments={application.attachments.map((file) => ({
              id: file.sha256,
              fileName: file.fileName,
              size: file.size,
            }))}
            load={load}
          />
        </section>
        <div>
          <ReviewDigestView digest={application.digest} rubric={detail.rubric} />
          <BallotForm
            callId={callId}
            applicationId={application.id}
            scale={detail.finalScale}
            ballot={savedBallot ?? detail.ballot}
            onSaved={setSavedBallot}
          />
        </div>
      </div>
    </article>
  );
}
