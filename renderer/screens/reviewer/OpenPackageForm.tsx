import { useId, useState, type DragEvent, type FormEvent } from 'react';
import type { MessageKey } from '../../../shared/i18n/message-key';
import { useT } from '../../i18n/use-t';
import type { ResponseOf } from '../../../shared/contract';
import { bundleFileExtensions } from '../../../shared/domain/bundle-files';
import { useAction } from '../../api/use-channel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FilePicker } from '../../components/FilePicker';
import { ReasonedButton } from '../../components/ReasonedButton';
import { currentLanguage } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { formatBytes } from './format';

export type OpenedPackage = ResponseOf<'reviewer.openPackage'>;
export type OpenedPanelPackage = ResponseOf<'reviewer.panel.open'>;

const PANEL_EXTENSION = `.${bundleFileExtensions['panel-package']}`;
const isPanelPackage = (fileName: string) => fileName.toLowerCase().endsWith(PANEL_EXTENSION);

/**
 * Choose or drop a package file, type the passphrase, open. The file's bytes go through the
 * channel; a refusal is shown as it came (wrong passphrase, damaged file) with "nothing changed".
 */
export function OpenPackageForm({
  onOpened,
  onPanelOpened,
}: {
  onOpened: (result: OpenedPackage) => void;
  /** Given, the form also opens panel packages (.pdpanel). */
  onPanelOpened?: (result: OpenedPanelPackage) => void;
}) {
  const { t } = useT();
  const ids = useId();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [show, setShow] = useState(false);
  const [dragging, setDragging] = useState(false);
  // Through api(), a locked workspace or a first key opens the passphrase prompt and is retried.
  const { run, error, setError, busy: opening } = useAction();
  const [reading, setReading] = useState(false);
  const busy = reading || opening;
  const packageFromOs = useAppStore((state) => state.packageFromOs);
  const clearPackageFromOs = useAppStore((state) => state.clearPackageFromOs);
  const osFileName = packageFromOs?.split(/[\\/]/).pop() ?? '';
  // Why "Open package" cannot be pressed yet (null once it can).
  const blocked =
    !file && !packageFromOs
      ? t('reviewer.open.needFile')
      : passphrase.trim() === ''
        ? t('reviewer.open.needPassphrase')
        : null;

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setError(null);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  /** The file's bytes, or null (with the refusal shown) when the browser could not read it. */
  async function readChosen(chosen: File): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await chosen.arrayBuffer());
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      setError({ ok: false, code: 'reviewer.open.readFailed', message: detail, params: { detail } });
      return null;
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fileName = file?.name ?? osFileName;
    if (!file && !packageFromOs) return;
    setError(null);
    let source: { bytes: Uint8Array } | { path: string };
    if (file) {
      setReading(true);
      const bytes = await readChosen(file);
      setReading(false);
      if (!bytes) return;
      source = { bytes };
    } else {
      source = { path: packageFromOs ?? '' };
    }
    // A panel package (会评材料包) is opened by its own channel; its first use, like an assignment
    // package's, creates the member's workspace.
    if (onPanelOpened && isPanelPackage(fileName)) {
      const opened = await run('reviewer.panel.open', { source, passphrase });
      if (!opened) return;
      clear(Boolean(file));
      onPanelOpened(opened);
      return;
    }
    const opened = await run('reviewer.openPackage', { source, passphrase, fileName });
    if (!opened) return;
    clear(Boolean(file));
    onOpened(opened);
  }

  /** After a package opened, the form starts empty. */
  function clear(fromFile: boolean) {
    setPassphrase('');
    setFile(null);
    if (!fromFile) clearPackageFromOs();
  }

  return (
    <form className="open-package" onSubmit={(event) => void submit(event)} aria-busy={busy}>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="package-drop-zone"
      >
        <p className="drop-zone-title">{t('reviewer.open.dropZone')}</p>
        <p className="muted">{t('reviewer.open.or')}</p>
        <FilePicker
          label={t('reviewer.open.file')}
          accept={
            onPanelOpened
              ? `.pdpkg,${PANEL_EXTENSION},application/octet-stream`
              : '.pdpkg,application/octet-stream'
          }
          onChoose={(files) => choose(files?.[0])}
        />
        <p className="muted" aria-live="polite">
          {file
            ? t('reviewer.open.selected', {
                name: file.name,
                size: formatBytes(file.size, currentLanguage()),
              })
            : packageFromOs
              ? t('reviewer.open.selectedFromOs', { name: osFileName })
              : t('reviewer.open.noFile')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-passphrase`} className="field-label">
          {t('reviewer.open.passphrase')}
        </label>
        <input
          id={`${ids}-passphrase`}
          type={show ? 'text' : 'password'}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${ids}-hint`}
          className="mono-input"
        />
        <span id={`${ids}-hint`} className="field-hint">
          {t('reviewer.open.passphraseHint')}
        </span>
      </div>
      <label className="inline-check">
        <input type="checkbox" checked={show} onChange={(event) => setShow(event.target.checked)} />
        {t('reviewer.open.showPassphrase')}
      </label>
      {error && (
        <div className="open-error">
          <ErrorNotice error={error} onDismiss={() => setError(null)} />
          <p className="muted">{t('reviewer.open.nothingChanged')}</p>
        </div>
      )}
      <ReasonedButton type="submit" primary blocked={blocked} busy={busy}>
        {busy ? t('reviewer.open.busy') : t('reviewer.open.submit')}
      </ReasonedButton>
    </form>
  );
}

/** The sentence that says what opening did, in the reader's language. */
export function openedMessageKey(result: OpenedPackage): {
  key: MessageKey;
  params: Record<string, string | number>;
} {
  const call = `${result.callCode}`;
  const count = result.added + result.kept;
  switch (result.outcome) {
    case 'created':
      return { key: 'reviewer.open.created', params: { call, version: result.packageVersion, count } };
    case 'added':
      return { key: 'reviewer.open.added', params: { call, version: result.packageVersion, count } };
    case 'updated':
      return {
        key: 'reviewer.open.updated',
        params: {
          call,
          version: result.packageVersion,
          added: result.added,
          archived: result.archived,
          kept: result.kept,
        },
      };
    default:
      return {
        key: 'reviewer.open.unchanged',
        params: { version: result.packageVersion, previous: result.previousVersion ?? result.packageVersion },
      };
  }
}
