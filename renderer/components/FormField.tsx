import { useId, type ReactNode } from 'react';
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
  /** Id of the hint, for the control's aria-describedby. */
  hintId?: string;
}

/** A labelled form control with its hint, its error and, for bounded text, a length counter. */
export function FormField({
  label,
  hint,
  hintId,
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
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
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
  mono = false,
  ...decor
}: FieldDecor & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'date';
  multiline?: boolean;
  required?: boolean;
  lang?: string;
  /** An identifier, in a fixed-width font. */
  mono?: boolean;
}) {
  const common = { value, required, lang, maxLength: decor.maxLength, className: mono ? 'mono' : undefined };
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
 * the placeholder (the label itself unless given) already says what the box searches.
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
        placeholder={placeholder ?? (hideLabel ? label : undefined)}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/** One choice of a select or a radio group, with its visible label. */
export interface Choice<V extends string> {
  value: V;
  label: string;
  lang?: string;
}

/** One choice per value, labelled by `label`; `all` (the empty value) first when given. */
export function choicesOf<V extends string>(values: readonly V[], label: (value: V) => string): Choice<V>[];
export function choicesOf<V extends string>(
  values: readonly V[],
  label: (value: V) => string,
  all: string,
): Choice<V | ''>[];
export function choicesOf<V extends string>(
  values: readonly V[],
  label: (value: V) => string,
  all?: string,
): Choice<V | ''>[] {
  const choices = values.map((value) => ({ value, label: label(value) }));
  return all === undefined ? choices : [{ value: '', label: all }, ...choices];
}

/**
 * The one drop-down of the app: a `<select>` of fixed choices whose `onChange` receives the picked
 * choice's own value, so callers keep their narrow type. SelectField and LabelledSelect place it.
 */
function SelectControl<V extends string>({
  value,
  choices,
  onChange,
  disabled = false,
  describedBy,
  required = false,
}: {
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
  describedBy?: string | undefined;
  required?: boolean;
}) {
  return (
    <select
      value={value}
      required={required}
      disabled={disabled}
      aria-describedby={describedBy}
      onChange={(event) => {
        const picked = choices.find((choice) => choice.value === event.target.value);
        if (picked) onChange(picked.value);
      }}
    >
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value} lang={choice.lang}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

/**
 * A drop-down in its bare label, for toolbars, filter rows and table rows: `className` styles the
 * label (`inline` in a filter row); `hideLabel` keeps the label for screen readers only (in a row
 * that already says what it is); `describedBy` names the element that says why it is disabled.
 */
export function LabelledSelect<V extends string>({
  label,
  className,
  hideLabel = false,
  ...control
}: {
  label: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  className?: string;
  hideLabel?: boolean;
  disabled?: boolean;
  describedBy?: string | undefined;
}) {
  return (
    <label className={className}>
      {hideLabel ? <span className="visually-hidden">{label}</span> : label}
      <SelectControl {...control} />
    </label>
  );
}

/**
 * A drop-down in a FormField, or with `inline` in a row of filters. `locked` is the reason it cannot
 * be changed (or null): the select is then disabled and the reason shown under it as its description.
 */
export function SelectField<V extends string>({
  value,
  choices,
  onChange,
  inline = false,
  locked = null,
  required = false,
  ...decor
}: FieldDecor & {
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  inline?: boolean;
  locked?: string | null;
  required?: boolean;
}) {
  const lockId = useId();
  if (inline)
    return (
      <LabelledSelect
        className="inline"
        label={decor.label}
        value={value}
        choices={choices}
        onChange={onChange}
      />
    );
  return (
    <FormField {...decor} hint={locked ?? decor.hint} hintId={locked === null ? undefined : lockId}>
      <SelectControl
        value={value}
        choices={choices}
        onChange={onChange}
        required={required}
        disabled={locked !== null}
        describedBy={locked === null ? undefined : lockId}
      />
    </FormField>
  );
}

/**
 * Radio buttons in a fieldset, one per choice. `locked` is the reason the choice cannot be changed
 * (or null): every button is then disabled and described by that reason, shown under them.
 */
export function RadioField<V extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  locked = null,
}: {
  legend: string;
  name: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  locked?: string | null;
}) {
  const lockId = useId();
  return (
    <fieldset className="inline-choice">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="check">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            disabled={locked !== null}
            aria-describedby={locked === null ? undefined : lockId}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
      {locked !== null && (
        <span className="hint" id={lockId}>
          {locked}
        </span>
      )}
    </fieldset>
  );
}

/** A number input in a FormField; an empty box is NaN, which the form's checks then refuse. */
export function NumberField({
  value,
  onChange,
  min,
  max,
  step,
  ...decor
}: FieldDecor & {
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number | 'any';
}) {
  return (
    <FormField {...decor}>
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        value={Number.isNaN(value) ? '' : value}
        onChange={(event) => onChange(event.target.valueAsNumber)}
      />
    </FormField>
  );
}

/** A text field of a form given as data: the draft's field it edits and how it is shown. */
export type TextFieldSpec<K extends string> = Omit<FieldDecor, 'error'> & {
  field: K;
  type?: 'text' | 'email' | 'date';
  multiline?: boolean;
  required?: boolean;
  lang?: string;
};

/** The text fields of a draft, one TextField per spec, in the order given. */
export function TextFields<K extends string>({
  specs,
  values,
  onChange,
  errors = {},
}: {
  specs: readonly TextFieldSpec<K>[];
  values: Readonly<Record<K, string>>;
  onChange: (field: K, value: string) => void;
  errors?: Partial<Record<K, string | null>>;
}) {
  return specs.map(({ field, ...spec }) => (
    <TextField
      key={field}
      {...spec}
      value={values[field]}
      error={errors[field]}
      onChange={(value) => onChange(field, value)}
    />
  ));
}
