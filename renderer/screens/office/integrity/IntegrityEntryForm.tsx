import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityKind } from '../../../../shared/domain/integrity';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';

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
  const { t } = useTranslation();
  const [draft, setDraft] = useState(empty);
  const [error, setError] = useState<Err | null>(null);
  const set = (patch: Partial<typeof empty>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await api().invoke('integrity.add', {
      ...draft,
      institution: draft.kind === 'person' ? draft.institution : '',
      validFrom: draft.validFrom || null,
      validTo: draft.validTo || null,
    });
    if (result.ok) onSaved();
    else setError(result);
  }

  return (
    <form className="card" onSubmit={(event) => void submit(event)}>
      <h2>{t('office.integrity.addTitle')}</h2>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      <div className="form-grid">
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
        <label>
          {draft.kind === 'person' ? t('office.integrity.personName') : t('office.integrity.institutionName')}
          <input value={draft.name} onChange={(event) => set({ name: event.target.value })} required />
        </label>
        {draft.kind === 'person' && (
          <label>
            {t('office.integrity.institution')}
            <input value={draft.institution} onChange={(event) => set({ institution: event.target.value })} />
          </label>
        )}
        <label>
          {t('office.integrity.validFrom')}
          <input
            type="date"
            value={draft.validFrom}
            onChange={(event) => set({ validFrom: event.target.value })}
          />
        </label>
        <label>
          {t('office.integrity.validTo')}
          <input
            type="date"
            value={draft.validTo}
            onChange={(event) => set({ validTo: event.target.value })}
          />
        </label>
        <label>
          {t('office.integrity.source')}
          <input value={draft.source} onChange={(event) => set({ source: event.target.value })} />
        </label>
        <label className="wide">
          {t('office.integrity.reason')}
          <textarea value={draft.reason} onChange={(event) => set({ reason: event.target.value })} />
        </label>
      </div>
      <div className="toolbar form-actions">
        <button type="submit" className="primary">
          {t('office.common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('ui.cancel')}
        </button>
      </div>
    </form>
  );
}
