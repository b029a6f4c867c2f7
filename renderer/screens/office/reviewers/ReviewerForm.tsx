import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reviewer, ReviewerInput } from '../../../../shared/domain/reviewer';
import { splitList } from '../../../../shared/normalize/text';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';

interface Draft {
  name: string;
  email: string;
  institution: string;
  expertise: string;
  languages: string;
  collaborators: string;
  maxLoad: number;
}

const draftOf = (reviewer: Reviewer | null): Draft => ({
  name: reviewer?.name ?? '',
  email: reviewer?.email ?? '',
  institution: reviewer?.institution ?? '',
  expertise: reviewer?.expertise.join('; ') ?? '',
  languages: reviewer?.languages.join(', ') ?? 'zh',
  collaborators: reviewer?.collaborators.join('\n') ?? '',
  maxLoad: reviewer?.maxLoad ?? 10,
});

/** Adds or edits a reviewer; lists are typed as in the import (separated by ；、, or new lines). */
export function ReviewerForm({
  reviewer,
  onSaved,
  onCancel,
}: {
  reviewer: Reviewer | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(reviewer));
  const [error, setError] = useState<Err | null>(null);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: ReviewerInput = {
      name: draft.name,
      email: draft.email.trim(),
      institution: draft.institution.trim(),
      expertise: splitList(draft.expertise),
      languages: splitList(draft.languages).map((language) => language.toLowerCase()),
      collaborators: splitList(draft.collaborators),
      maxLoad: draft.maxLoad,
    };
    const result = reviewer
      ? await api().invoke('reviewers.update', { reviewerId: reviewer.id, reviewer: input })
      : await api().invoke('reviewers.create', input);
    if (result.ok) onSaved();
    else setError(result);
  }

  return (
    <form className="card" onSubmit={(event) => void submit(event)}>
      <h2>
        {reviewer ? t('office.reviewers.editTitle', { name: reviewer.name }) : t('office.reviewers.newTitle')}
      </h2>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      <div className="form-grid">
        <label>
          {t('office.reviewers.name')}
          <input value={draft.name} onChange={(event) => set({ name: event.target.value })} required />
        </label>
        <label>
          {t('office.reviewers.email')}
          <input
            type="email"
            value={draft.email}
            onChange={(event) => set({ email: event.target.value })}
            required
          />
        </label>
        <label>
          {t('office.reviewers.institution')}
          <input value={draft.institution} onChange={(event) => set({ institution: event.target.value })} />
        </label>
        <label>
          {t('office.reviewers.maxLoad')}
          <input
            type="number"
            min={0}
            value={Number.isNaN(draft.maxLoad) ? '' : draft.maxLoad}
            onChange={(event) => set({ maxLoad: event.target.valueAsNumber })}
          />
        </label>
        <label>
          {t('office.reviewers.expertise')}
          <input value={draft.expertise} onChange={(event) => set({ expertise: event.target.value })} />
          <span className="hint">{t('office.reviewers.listHint')}</span>
        </label>
        <label>
          {t('office.reviewers.languages')}
          <input value={draft.languages} onChange={(event) => set({ languages: event.target.value })} />
          <span className="hint">{t('office.reviewers.languagesHint')}</span>
        </label>
        <label className="wide">
          {t('office.reviewers.collaborators')}
          <textarea
            value={draft.collaborators}
            onChange={(event) => set({ collaborators: event.target.value })}
          />
          <span className="hint">{t('office.reviewers.collaboratorsHint')}</span>
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
