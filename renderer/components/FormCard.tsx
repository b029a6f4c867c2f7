import type { FormEvent, ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import type { Err } from '../../shared/result';
import { ErrorNotice } from './ErrorNotice';
import { ReasonedButton } from './ReasonedButton';

/**
 * A form in a card: its title, the handler's refusal, a grid of fields and the submit / cancel
 * buttons. `onSubmit` gets no event: the card prevents the page reload.
 */
export function FormCard({
  title,
  error,
  onDismissError,
  onSubmit,
  onCancel,
  submitLabel,
  submitDisabled = false,
  submitBlocked = null,
  className,
  before,
  after,
  children,
}: {
  title: string;
  error: Err | null;
  onDismissError: () => void;
  onSubmit: () => Promise<void> | void;
  onCancel: () => void;
  submitLabel?: string;
  /** Disables submit while busy. */
  submitDisabled?: boolean;
  /** Why the form cannot be submitted yet (translated), shown beside the button; null when it can. */
  submitBlocked?: string | null;
  className?: string;
  /** Shown above the error (a warning about the record, say). */
  before?: ReactNode;
  /** Shown below the grid (an editor that needs the full width). */
  after?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useT();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form className={className ? `card ${className}` : 'card'} onSubmit={submit}>
      <h2>{title}</h2>
      {before}
      <ErrorNotice error={error} onDismiss={onDismissError} />
      <div className="form-grid">{children}</div>
      {after}
      <div className="toolbar form-actions">
        <ReasonedButton type="submit" primary blocked={submitBlocked} busy={submitDisabled}>
          {submitLabel ?? t('office.common.save')}
        </ReasonedButton>
        <button type="button" onClick={onCancel}>
          {t('ui.cancel')}
        </button>
      </div>
    </form>
  );
}
