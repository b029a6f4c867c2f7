/** One entry of a ChoiceField: the value it stands for and its translated text. */
export interface Choice<Value extends string> {
  value: Value;
  label: string;
}

/**
 * A labelled drop-down of a fixed set of choices; `onChange` receives the picked choice's own value,
 * so callers keep their narrow type. `className` styles the label (inline in a toolbar, say);
 * `hideLabel` keeps the label for screen readers only (in a table row that already says what it is);
 * `describedBy` names the element that says why the field is disabled.
 */
export function ChoiceField<Value extends string>({
  label,
  value,
  choices,
  onChange,
  className,
  disabled = false,
  hideLabel = false,
  describedBy,
}: {
  label: string;
  value: Value;
  choices: readonly Choice<Value>[];
  onChange: (value: Value) => void;
  className?: string;
  disabled?: boolean;
  hideLabel?: boolean;
  describedBy?: string;
}) {
  return (
    <label className={className}>
      {hideLabel ? <span className="visually-hidden">{label}</span> : label}
      <select
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => {
          const picked = choices.find((choice) => choice.value === event.target.value);
          if (picked) onChange(picked.value);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
