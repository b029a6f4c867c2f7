import { useT } from '../../../i18n/use-t';

/** The reviewer-record rules of one auto-assignment; null: the rule is off (the default). */
export interface ReviewerRulesChoice {
  minCredit: number | null;
  yearCap: number | null;
}

export const RULES_OFF: ReviewerRulesChoice = { minCredit: null, yearCap: null };
/** What a rule starts at when the officer turns it on: a middling score, the Qingdao cap. */
const STARTING = { minCredit: 60, yearCap: 10 } as const;

/** The request fields for the rules that are on. */
export function rulesRequest(choice: ReviewerRulesChoice): { minCredit?: number; yearCap?: number } {
  return {
    ...(choice.minCredit !== null ? { minCredit: choice.minCredit } : {}),
    ...(choice.yearCap !== null ? { yearCap: choice.yearCap } : {}),
  };
}

/** Two optional rules from the reviewer record: prefer a credit score, cap reviews per year. */
export function ReviewerRulesOptions({
  value,
  onChange,
  disabled,
}: {
  value: ReviewerRulesChoice;
  onChange: (next: ReviewerRulesChoice) => void;
  disabled: boolean;
}) {
  const { t } = useT();
  const rule = (name: keyof ReviewerRulesChoice, min: number, max: number) => {
    const on = value[name] !== null;
    return (
      <div className="reviewer-rule">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={on}
            disabled={disabled}
            onChange={(event) => onChange({ ...value, [name]: event.target.checked ? STARTING[name] : null })}
          />
          {t(`assignment.matrix.rules.${name}`)}
        </label>
        <input
          type="number"
          min={min}
          max={max}
          aria-label={t(`assignment.matrix.rules.${name}Value`)}
          aria-describedby={`rule-help-${name}`}
          value={value[name] ?? STARTING[name]}
          disabled={disabled || !on}
          onChange={(event) =>
            onChange({ ...value, [name]: Math.min(max, Math.max(min, Number(event.target.value) || min)) })
          }
        />
        <span id={`rule-help-${name}`} className="muted small">
          {t(`assignment.matrix.rules.${name}Help`)}
        </span>
      </div>
    );
  };
  return (
    <fieldset className="reviewer-rules">
      <legend>{t('assignment.matrix.rules.title')}</legend>
      {rule('minCredit', 0, 100)}
      {rule('yearCap', 1, 1000)}
    </fieldset>
  );
}
