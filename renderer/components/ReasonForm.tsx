import { useState, type ReactNode } from 'react';
import type { Action } from '../api/use-channel';
import { useT } from '../i18n/use-t';
import { ErrorNotice } from './ErrorNotice';
import { FormField } from './FormField';
import { ReasonedButton } from './ReasonedButton';

const REASON_MAX = 2000;

/**
 * A text the officer must write before an audited step (why an application is withdrawn, why a
 * conflict is waived, a note on a reviewer), and the button that takes the step. The button stays
 * disabled, and says why, while the text is empty or longer than `maxLength`.
 */
export function ReasonForm({
  name,
  className,
  heading,
  label,
  maxLength = REASON_MAX,
  needsText,
  submitLabel,
  danger = false,
  rows,
  action,
  onSubmit,
  onCancel,
}: {
  /** The accessible name of the group (the step it takes). */
  name: string;
  className?: string;
  /** Shown first: the step's title and what it does. */
  heading?: ReactNode;
  label: string;
  /** The contract's limit on the text; 2,000 characters, as for every audited reason. */
  maxLength?: number;
  /** Why the button is disabled while the text is empty (translated). */
  needsText: string;
  submitLabel: string;
  danger?: boolean;
  rows?: number;
  /** The step's call: its refusal is shown here, and the button waits while it runs. */
  action: Pick<Action, 'error' | 'setError' | 'busy'>;
  /** Takes the step; answers whether it was taken (the text is then cleared). */
  onSubmit: (text: string) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useT();
  const [text, setText] = useState('');
  const blocked =
    text.trim() === ''
      ? needsText
      : text.length > maxLength
        ? t('ui.field.tooLong', { max: maxLength })
        : null;
  return (
    <div className={className} role="group" aria-label={name}>
      {heading}
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <FormField label={label} maxLength={maxLength} length={text.length} wide>
        <textarea value={text} rows={rows} onChange={(event) => setText(event.target.value)} />
      </FormField>
      <div className="toolbar">
        <ReasonedButton
          className={danger ? 'danger' : undefined}
          primary={!danger}
          blocked={blocked}
          busy={action.busy}
          onClick={() => void onSubmit(text).then((taken) => taken && setText(''))}
        >
          {submitLabel}
        </ReasonedButton>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('ui.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
