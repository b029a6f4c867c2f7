import { useT } from '../../../i18n/use-t';
import type { ChoiceCriterion, Criterion, Level, ScoredCriterion } from '../../../../shared/domain/rubric';
import { languages, LocalizedInputs } from './LocalizedInputs';
import { NumberInput } from './NumberInput';
import { OptionList } from './OptionList';
import { levelsFromScale, removeAt, replaceAt, withType } from './rubric-edit';
import { TableHead } from '../../../components/TableHead';
import { CheckField, choicesOf, SelectField, TextField } from '../../../components/FormField';
import { ReasonedButton } from '../../../components/ReasonedButton';

const criterionTypes = ['score', 'choice'] as const;
const directions = ['higher-is-better', 'lower-is-better'] as const;

/** The localized parts of a level: its label (one line) and its descriptor (a text area). */
const localizedParts = [
  { part: 'label', heading: 'office.rubric.levelLabel', Field: 'input' },
  { part: 'descriptor', heading: 'office.rubric.levelDescriptor', Field: 'textarea' },
] as const;
const scaleBounds = ['min', 'max', 'step'] as const;

const orNaN = (value: number | null) => value ?? Number.NaN;

/** One criterion of the rubric: what is judged, and either its scale or its options. */
export function CriterionEditor({
  criterion,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  criterion: Criterion;
  index: number;
  count: number;
  onChange: (criterion: Criterion) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useT();
  const name = criterion.label.zh || criterion.label.en || criterion.id;
  return (
    <fieldset className="criterion card">
      <legend>{t('office.rubric.criterionN', { n: index + 1, name })}</legend>
      <div className="criterion-tools">
        <ReasonedButton
          reasonShown="tooltip"
          label={t('office.rubric.moveUp', { name })}
          blocked={index === 0 ? t('office.rubric.alreadyFirst') : null}
          busy={false}
          onClick={() => onMove(-1)}
        >
          ↑
        </ReasonedButton>
        <ReasonedButton
          reasonShown="tooltip"
          label={t('office.rubric.moveDown', { name })}
          blocked={index === count - 1 ? t('office.rubric.alreadyLast') : null}
          busy={false}
          onClick={() => onMove(1)}
        >
          ↓
        </ReasonedButton>
        <ReasonedButton
          className="danger"
          reasonShown="tooltip"
          blocked={count === 1 ? t('office.rubric.lastCriterion') : null}
          busy={false}
          onClick={onRemove}
        >
          {t('office.rubric.removeCriterion')}
        </ReasonedButton>
      </div>
      <div className="form-grid">
        <TextField
          label={t('office.rubric.criterionId')}
          mono
          value={criterion.id}
          onChange={(id) => onChange({ ...criterion, id })}
        />
        <SelectField
          label={t('office.rubric.type')}
          value={criterion.type}
          choices={choicesOf(criterionTypes, (type) => t(`office.rubric.types.${type}`))}
          onChange={(type) => onChange(withType(criterion, type))}
        />
      </div>
      <LocalizedInputs
        label={t('office.rubric.label')}
        value={criterion.label}
        onChange={(label) => onChange({ ...criterion, label })}
      />
      <LocalizedInputs
        label={t('office.rubric.guidance')}
        value={criterion.guidance}
        multiline
        onChange={(guidance) => onChange({ ...criterion, guidance })}
      />
      {criterion.type === 'score' ? (
        <ScaleEditor criterion={criterion} onChange={onChange} />
      ) : (
        <OptionsEditor criterion={criterion} onChange={onChange} />
      )}
    </fieldset>
  );
}

/** The editor of one kind of criterion. */
interface KindEditorProps<Kind extends Criterion> {
  criterion: Kind;
  onChange: (criterion: Criterion) => void;
}

function ScaleEditor({ criterion, onChange }: KindEditorProps<ScoredCriterion>) {
  const { t } = useT();
  const { scale } = criterion;
  const setScale = (patch: Partial<ScoredCriterion['scale']>) =>
    onChange({ ...criterion, scale: { ...scale, ...patch } });
  const levels = scale.levels;
  const setLevels = (next: Level[] | undefined) => setScale({ levels: next });
  return (
    <div className="scale">
      <div className="form-grid compact">
        <NumberInput
          label={t('office.rubric.weight')}
          value={criterion.weight}
          min={0}
          onChange={(weight) => onChange({ ...criterion, weight: orNaN(weight) })}
        />
        {scaleBounds.map((bound) => (
          <NumberInput
            key={bound}
            label={t(`office.rubric.${bound}`)}
            value={scale[bound]}
            onChange={(value) => setScale({ [bound]: orNaN(value) })}
          />
        ))}
        <SelectField
          label={t('office.rubric.direction')}
          value={scale.direction}
          choices={choicesOf(directions, (direction) => t(`office.rubric.directions.${direction}`))}
          onChange={(direction) => setScale({ direction })}
        />
        <NumberInput
          label={t('office.rubric.threshold')}
          value={criterion.threshold}
          onChange={(threshold) => onChange({ ...criterion, threshold })}
        />
      </div>
      <div className="toolbar">
        <CheckField
          label={t('office.rubric.useLevels')}
          checked={levels !== undefined}
          onChange={(checked) => setLevels(checked ? (levelsFromScale(scale) ?? []) : undefined)}
        />
        {levels !== undefined && (
          <button type="button" onClick={() => setLevels(levelsFromScale(scale) ?? levels)}>
            {t('office.rubric.levelsFromScale')}
          </button>
        )}
      </div>
      {levels !== undefined && (
        <table className="table levels">
          <caption className="visually-hidden">{t('office.rubric.levels')}</caption>
          <TableHead
            headings={[
              t('office.rubric.levelValue'),
              t('office.rubric.levelCode'),
              t('office.rubric.levelLabel'),
              t('office.rubric.levelDescriptor'),
              { label: <span className="visually-hidden">{t('office.common.actions')}</span> },
            ]}
          />
          <tbody>
            {levels.map((level, index) => {
              const set = (patch: Partial<Level>) =>
                setLevels(replaceAt(levels, index, { ...level, ...patch }));
              const row = t('office.rubric.levelN', { n: index + 1 });
              return (
                <tr key={index}>
                  <td>
                    <input
                      type="number"
                      step="any"
                      aria-label={`${row} ${t('office.rubric.levelValue')}`}
                      value={Number.isNaN(level.value) ? '' : level.value}
                      onChange={(event) => set({ value: event.target.valueAsNumber })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`${row} ${t('office.rubric.levelCode')}`}
                      value={level.code}
                      onChange={(event) => set({ code: event.target.value })}
                    />
                  </td>
                  {localizedParts.map(({ part, heading, Field }) => (
                    <td key={part}>
                      {languages.map(({ key, lang, name }) => (
                        <Field
                          key={key}
                          lang={lang}
                          aria-label={`${row} ${t(heading)} ${name}`}
                          value={level[part][key]}
                          onChange={(event) => set({ [part]: { ...level[part], [key]: event.target.value } })}
                        />
                      ))}
                    </td>
                  ))}
                  <td>
                    <button type="button" className="link" onClick={() => setLevels(removeAt(levels, index))}>
                      {t('office.common.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {levels !== undefined && (
        <button
          type="button"
          onClick={() =>
            setLevels([
              ...levels,
              { value: scale.min, code: '', label: { zh: '', en: '' }, descriptor: { zh: '', en: '' } },
            ])
          }
        >
          {t('office.rubric.addLevel')}
        </button>
      )}
    </div>
  );
}

function OptionsEditor({ criterion, onChange }: KindEditorProps<ChoiceCriterion>) {
  const { t } = useT();
  return (
    <div className="options">
      <h3>{t('office.rubric.options')}</h3>
      <OptionList options={criterion.options} onChange={(options) => onChange({ ...criterion, options })} />
    </div>
  );
}
