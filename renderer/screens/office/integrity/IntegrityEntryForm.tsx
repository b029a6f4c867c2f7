import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { IntegrityKind } from '../../../../shared/domain/integrity';
import { useAction } from '../../../api/use-channel';
import { FormCard } from '../../../components/FormCard';
import { RadioField, choicesOf, TextFields, type TextFieldSpec } from '../../../components/FormField';

const empty = {
  kind: 'person' as IntegrityKind,
  name: '',
  institution: '',
  validFrom: '',
  validTo: '',
  source: '',
  reason: '',
};
type Draft = typeof empty;
type TextKey = Exclude<keyof Draft, 'kind'>;

const kinds = ['person', 'institution'] as const;

/** Adds one entry to the integrity list by hand (a notice that arrived by letter, say). */
export function IntegrityEntryForm({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) {
  const { t } = useT();
  const [draft, setDraft] = useState(empty);
  const { run, error, setError, busy } = useAction();
  const person = draft.kind === 'person';

  async function submit() {
    const saved = await run('integrity.add', {
      ...draft,
      institution: person ? draft.institution : '',
      validFrom: draft.validFrom || null,
      validTo: draft.validTo || null,
    });
    if (saved) onSaved();
  }

  const specs: TextFieldSpec<TextKey>[] = [
    {
      field: 'name',
      label: person ? t('office.integrity.personName') : t('office.integrity.institutionName'),
      maxLength: 500,
      required: true,
    },
    ...(person ? [{ field: 'institution' as const, label: t('office.integrity.institution') }] : []),
    { field: 'validFrom', label: t('office.integrity.validFrom'), type: 'date' },
    { field: 'validTo', label: t('office.integrity.validTo'), type: 'date' },
    { field: 'source', label: t('office.integrity.source') },
    { field: 'reason', label: t('office.integrity.reason'), multiline: true, wide: true },
  ];

  return (
    <FormCard
      title={t('office.integrity.addTitle')}
      error={error}
      onDismissError={() => setError(null)}
      onSubmit={submit}
      onCancel={onCancel}
      submitDisabled={busy}
      submitBlocked={draft.name.trim() === '' ? t('office.integrity.nameNeeded') : null}
    >
      <RadioField
        legend={t('office.integrity.kind')}
        name="integrity-kind"
        value={draft.kind}
        choices={choicesOf(kinds, (kind) => t(`office.integrity.kinds.${kind}`))}
        onChange={(kind) => setDraft((current) => ({ ...current, kind }))}
      />
      <TextFields
        specs={specs}
        values={draft}
        onChange={(field, value) => setDraft((current) => ({ ...current, [field]: value }))}
      />
    </FormCard>
  );
}
