/**
 * A labelled number input. Empty text is `null`; the caller decides whether that means “none”
 * (a threshold) or an invalid value (NaN) that the rubric checks then report.
 */
export function NumberInput({
  label,
  value,
  onChange,
  step = 'any',
  min,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  step?: number | 'any';
  min?: number;
}) {
  return (
    <label className="number-field">
      {label}
      <input
        type="number"
        step={step}
        min={min}
        value={value === null || Number.isNaN(value) ? '' : value}
        onChange={(event) => onChange(event.target.value.trim() === '' ? null : event.target.valueAsNumber)}
      />
    </label>
  );
}
