import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import type { Recusal } from '../../../shared/domain/review';
import type { Err } from '../../../shared/result';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ReasonedButton } from '../../components/ReasonedButton';

const TYPES: readonly Recusal['type'][] = [
  'same-institution',
  'collaborator',
  'competitor',
  'personal',
  'other',
];

/** Declaring a conflict of interest (回避) with its type and reason, in a modal dialog. */
export function RecuseDialog({
  reference,
  onCancel,
  onConfirm,
  error,
  onDismissError,
}: {
  reference: string;
  onCancel: () => void;
  /** Saves the form and records the recusal; a refusal comes back as `error`. */
  onConfirm: (recusal: Recusal) => Promise<void>;
  error: Err | null;
  onDismissError: () => void;
}) {
  const { t } = useT();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [type, setType] = useState<Recusal['type']>('same-institution');
  const [reason, setReason] = useState('');
  // Busy from the press on: the form is saved before the recusal is recorded.
  const [busy, setBusy] = useState(false);
  const missingReason = reason.trim() === '';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    onDismissError();
    await onConfirm({ type, reason: reason.trim() });
    setBusy(false);
  }

  return (
    <dialog
      ref={dialogRef}
      className="recuse-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-explanation`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`}>{t('reviewer.recuse.title', { reference })}</h2>
        <p id={`${id}-explanation`} className="muted">
          {t('reviewer.recuse.explanation')}
        </p>
        <label>
          {t('reviewer.recuse.type')}
          <select value={type} onChange={(event) => setType(event.target.value as Recusal['type'])}>
            {TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`reviewer.recusalTypes.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reviewer.recuse.reason')}
          <textarea
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t('reviewer.recuse.reasonPlaceholder')}
            required
            rows={3}
          />
        </label>
        <ErrorNotice error={error} onDismiss={onDismissError} />
        <div className="dialog-actions">
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('reviewer.recuse.cancel')}
          </button>
          <ReasonedButton
            type="submit"
            primary
            blocked={missingReason ? t('reviewer.recuse.needReason') : null}
            busy={busy}
          >
            {t('reviewer.recuse.confirm')}
          </ReasonedButton>
        </div>
      </form>
    </dialog>
  );
}
