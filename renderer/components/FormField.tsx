import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

export interface FieldDecor {
  label: string;
  hint?: string;
  /** A translated message about this field's value. */
  error?: string | null;
  /** Shows `66 / 20000` under the field when the value has a maximum length. */
  maxLength?: number;
  /** Spans both columns of a form grid. */
  wide?: boolean;
}

/** A labelled form control with its hint, its error and, for bounded text, a length counter. */
export function FormField({
  label,
  hint,
  error,
  maxLength,
  length = 0,
  wide = false,
  children,
}: FieldDecor & { length?: number; children: ReactNode }) {
  const { t } = useT();
  return (
    <label className={wide ? 'field wide' : 'field'}>
      {label}
      {children}
      {hint && <span className="hint">{hint}</span>}
      {maxLength !== undefined && (
        <span className={length > maxLength ? 'counter over' : 'counter'} aria-live="polite">
          {t('ui.field.counter', { length, max: maxLength })}
        </span>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** A text input (or text area) in a FormField: the usual case, in one line at the call site. */
export function TextField({
  value,
  onChange,
  type = 'text',
  multiline = false,
  required = false,
  lang,
  ...decor
}: FieldDecor & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'date';
  multiline?: boolean;
  required?: boolean;
  lang?: string;
}) {
  const common = { value, required, lang, maxLength: decor.maxLength };
  return (
    <FormField {...decor} length={value.length}>
      {multiline ? (
        <textarea {...common} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
    </FormField>
  );
}

/**
 * A checkbox with its label after it (`wide` spans both columns of a form grid; `inline` sits in a
 * row of filters or options).
 */
export function CheckField({
  label,
  checked,
  onChange,
  wide = false,
  inline = false,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  wide?: boolean;
  inline?: boolean;
}) {
  return (
    <label className={['check', wide && 'wide', inline && 'inline'].filter(Boolean).join(' ')}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

/**
 * A search box in a list's filter bar. `hideLabel` keeps the label for screen readers only, where
 * the placeholder already says what the box searches.
 */
export function SearchField({
  label,
  value,
  onChange,
  placeholder,
  hideLabel = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hideLabel?: boolean;
}) {
  return (
    <label className="inline">
      {hideLabel ? <span className="visually-hidden">{label}</span> : label}
      <input
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
