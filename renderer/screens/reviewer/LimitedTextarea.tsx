import { useId, useRef, useState, type ClipboardEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';

/**
 * A textarea that keeps to its limit: the counter shows `66 / 20000`, typing stops at the limit
 * (`maxLength`, which counts UTF-16 code units as the handler does), and a paste that would go past
 * it is cut to fit with a notice saying how much was left out, instead of being refused later.
 */
export function LimitedTextarea({
  label,
  value,
  maxLength,
  minLength = 0,
  onChange,
  rows,
  invalid,
  errorId,
  placeholder,
}: {
  label: ReactNode;
  value: string;
  maxLength: number;
  /** Shown in the counter when the field asks for a minimum (counted on the trimmed text). */
  minLength?: number;
  onChange: (text: string) => void;
  rows: number;
  invalid: boolean;
  errorId: string | undefined;
  placeholder?: string;
}) {
  const { t } = useT();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [cut, setCut] = useState<number | null>(null);

  function paste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = event.clipboardData.getData('text/plain');
    const target = event.currentTarget;
    const start = target.selectionStart;
    const end = target.selectionEnd;
    const room = maxLength - (value.length - (end - start));
    if (pasted.length <= room) {
      setCut(null);
      return;
    }
    event.preventDefault();
    const kept = pasted.slice(0, Math.max(0, room));
    onChange(value.slice(0, start) + kept + value.slice(end));
    setCut(pasted.length - kept.length);
    requestAnimationFrame(() => ref.current?.setSelectionRange(start + kept.length, start + kept.length));
  }

  const counter =
    minLength > 0
      ? t('reviewer.form.lengthMin', { length: value.length, max: maxLength, min: minLength })
      : t('reviewer.form.length', { length: value.length, max: maxLength });
  return (
    <>
      <label>
        <span>{label}</span>
        <textarea
          ref={ref}
          value={value}
          maxLength={maxLength}
          placeholder={placeholder}
          onChange={(event) => {
            setCut(null);
            onChange(event.target.value);
          }}
          onPaste={paste}
          aria-invalid={invalid || undefined}
          aria-describedby={[`${id}-counter`, cut !== null ? `${id}-cut` : undefined, errorId]
            .filter(Boolean)
            .join(' ')}
          rows={rows}
        />
      </label>
      <p
        id={`${id}-counter`}
        className={value.length >= maxLength ? 'field-hint counter full' : 'field-hint counter'}
      >
        {counter}
      </p>
      {cut !== null && (
        <p id={`${id}-cut`} className="notice notice-warn" role="status">
          {t('reviewer.form.pasteCut', { count: cut, max: maxLength })}
        </p>
      )}
    </>
  );
}
