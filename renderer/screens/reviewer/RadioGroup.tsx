import { useId, type ReactNode } from 'react';

export interface RadioOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
}

/** A labelled radio group: arrow keys move between options, as people expect. */
export function RadioGroup({
  name,
  legend,
  options,
  value,
  onChange,
  errorId,
  invalid,
  hint,
  className,
}: {
  name: string;
  legend: ReactNode;
  options: readonly RadioOption[];
  value: string | null;
  onChange: (value: string) => void;
  errorId?: string;
  invalid?: boolean;
  hint?: ReactNode;
  className?: string;
}) {
  const legendId = useId();
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={errorId}
      aria-invalid={invalid || undefined}
      className={className ? `radio-group ${className}` : 'radio-group'}
    >
      <legend id={legendId}>{legend}</legend>
      {hint}
      {options.map((option) => (
        <label key={option.value} className={value === option.value ? 'radio checked' : 'radio'}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span className="radio-text">
            <span className="radio-label">{option.label}</span>
            {option.description && <span className="radio-description">{option.description}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
