import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { IntegrityKind } from '../../../../shared/domain/integrity';
import { useAction } from '../../../api/use-channel';
import { FormCard } from '../../../components/FormCard';
import { TextField } from '../../../components/FormField';

const empty = {
  kind: 'person' as IntegrityKind,
  name: '',
  institution: '',
  validFrom: '',
  validTo: '',
  source: '',
  reason: '',
};

/** Adds one entry to the integrity list by hand (a notice that arrived by letter, say). */
export function IntegrityEntryForm({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) {
  const { t } = useT();
  const [draft, setDraft] = useState(empty);
  const { run, error, setError } = useAction();
  const set = (patch: Partial<typeof empty>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit() {
    const saved = await run('integrity.add', {
      ...draft,
      institution: draft.kind === 'person' ? draft.institution : '',
      validFrom: draft.validFrom || null,
      validTo: draft.validTo || null,
    });
    if (saved) onSaved();
  }

  return (
    <FormCard
      title={t('office.integrity.addTitle')}
      error={error}
      onDismissError={() => setError(null)}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <fieldset className="inline-choice">
        <legend>{t('office.integrity.kind')}</legend>
        {(['person', 'institution'] as const).map((kind) => (
          <label className="check" key={kind}>
            <input
              type="radio"
              name="integrity-kind"
              checked={draft.kind === kind}
              onChange={() => set({ kind })}
            />
            {t(`office.integrity.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        label={
          draft.kind === 'person' ? t('office.integrity.personName') : t('office.integrity.institutionName')
        }
        value={draft.name}
        onChange={(name) => set({ name })}
        maxLength={500}
        required
      />
      {draft.kind === 'person' && (
        <TextField
          label={t('office.integrity.institution')}
          value={draft.institution}
          onChange={(institution) => set({ institution })}
        />
      )}
      <TextField
        label={t('office.integrity.validFrom')}
        type="date"
        value={draft.validFrom}
        onChange={(validFrom) => set({ validFrom })}
      />
      <TextField
        label={t('office.integrity.validTo')}
        type="date"
        value={draft.validTo}
        onChange={(validTo) => set({ validTo })}
      />
      <TextField
        label={t('office.integrity.source')}
        value={draft.source}
        onChange={(source) => set({ source })}
      />
      <TextField
        label={t('office.integrity.reason')}
        value={draft.reason}
        onChange={(reason) => set({ reason })}
        multiline
        wide
      />
    </FormCard>
  );
}
