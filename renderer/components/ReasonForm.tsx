import { useState } from 'react';
import type { Err } from '../../shared/result';
import { useT } from '../i18n/use-t';
import { ErrorNotice } from './ErrorNotice';
import { FormField } from './FormField';
import { ReasonedButton } from './ReasonedButton';

/**
 * A text the officer must write before an audited step (why an application is withdrawn, why a
 * conflict is waived, a note on a reviewer), and the button that takes the step. The button stays
 * disabled, and says why, while the text is empty or longer than `maxLength`.
 */
export function ReasonForm({
  label,
  maxLength,
  needsText,
  submitLabel,
  danger = false,
  rows,
  error,
  onDismissError,
  busy,
  onSubmit,
  onCancel,
}: {
  label: string;
  maxLength: number;
  /** Why the button is disabled while the text is empty (translated). */
  needsText: string;
  submitLabel: string;
  danger?: boolean;
  rows?: number;
  error: Err | null;
  onDismissError?: () => void;
  busy: boolean;
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
    <>
      <ErrorNotice error={error} onDismiss={onDismissError} />
      <FormField label={label} maxLength={maxLength} length={text.length} wide>
        <textarea value={text} rows={rows} onChange={(event) => setText(event.target.value)} />
      </FormField>
      <div className="toolbar">
        <ReasonedButton
          className={danger ? 'danger' : undefined}
          primary={!danger}
          blocked={blocked}
          busy={busy}
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
    </>
  );
}
