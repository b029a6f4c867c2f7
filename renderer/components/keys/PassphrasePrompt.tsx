import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/contract/keys';
import { useAction } from '../../api/use-channel';
import { ErrorNotice } from '../ErrorNotice';
import { usePassphrasePrompt, type PromptMode } from './passphrase-prompt';

/** The office passphrase prompt, shown while a call waits for it (see passphrase-prompt.ts). */
export function PassphrasePrompt() {
  const pending = usePassphrasePrompt((state) => state.pending);
  return pending ? <PassphraseDialog mode={pending.mode} finish={pending.finish} /> : null;
}

/** A modal dialog: unlock with the office passphrase, or choose one (typed twice). */
export function PassphraseDialog({
  mode,
  finish,
}: {
  mode: PromptMode;
  finish: (unlocked: boolean, chosen?: string) => void;
}) {
  const { t } = useT();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  // keys.* calls go through api() without the prompt in front of them: the prompt is what calls them.
  const { run, busy, error, setError } = useAction();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    // Where showModal is missing (older engines, jsdom) the dialog still shows, without the backdrop.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (mode !== 'unlock' && confirm !== passphrase) {
      setError({ ok: false, code: 'keys.prompt.mismatch', message: t('keys.prompt.mismatch') });
      return;
    }
    if (mode === 'choose') {
      // The open-package call is retried with it; the handler checks it as keys.setPassphrase does.
      if ([...passphrase.trim()].length < PASSPHRASE_MIN_LENGTH) {
        const params = { min: PASSPHRASE_MIN_LENGTH };
        const message = t('keys.errors.passphraseTooShort', params);
        setError({ ok: false, code: 'keys.errors.passphraseTooShort', message, params });
        return;
      }
      finish(true, passphrase);
      return;
    }
    const unlocked =
      mode === 'set'
        ? await run('keys.setPassphrase', { passphrase })
        : await run('keys.unlock', { passphrase });
    if (unlocked) finish(true);
  }

  return (
    <dialog
      ref={dialogRef}
      className="passphrase-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
      onCancel={(event) => {
        event.preventDefault();
        finish(false);
      }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`}>{t(`keys.prompt.${mode}Title`)}</h2>
        <p id={`${id}-hint`} className="muted">
          {t(`keys.prompt.${mode}Hint`, { min: PASSPHRASE_MIN_LENGTH })}
        </p>
        <label>
          {t(mode === 'choose' ? 'keys.prompt.reviewerPassphrase' : 'keys.prompt.passphrase')}
          <input
            type="password"
            autoComplete={mode === 'unlock' ? 'current-password' : 'new-password'}
            // The dialog exists to take this one value: focus it at once.
            autoFocus
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            required
          />
        </label>
        {mode !== 'unlock' && (
          <label>
            {t('keys.prompt.confirm')}
            <input
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
              required
            />
          </label>
        )}
        <ErrorNotice error={error} />
        {busy && <p className="muted">{t('keys.prompt.working')}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={() => finish(false)} disabled={busy}>
            {t('keys.prompt.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || passphrase === ''}>
            {t(
              mode === 'choose'
                ? 'keys.prompt.choose'
                : mode === 'set'
                  ? 'keys.prompt.set'
                  : 'keys.prompt.unlock',
            )}
          </button>
        </div>
      </form>
    </dialog>
  );
}
