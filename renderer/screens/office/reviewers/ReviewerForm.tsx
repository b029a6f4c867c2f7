import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { Reviewer, ReviewerInput } from '../../../../shared/domain/reviewer';
import { splitList } from '../../../../shared/normalize/text';
import { useAction } from '../../../api/use-channel';
import { FormCard } from '../../../components/FormCard';
import { FormField, TextField } from '../../../components/FormField';

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
  const { t } = useT();
  const [draft, setDraft] = useState<Draft>(() => draftOf(reviewer));
  const { run, error, setError } = useAction();
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit() {
    const input: ReviewerInput = {
      name: draft.name,
      email: draft.email.trim(),
      institution: draft.institution.trim(),
      expertise: splitList(draft.expertise),
      languages: splitList(draft.languages).map((language) => language.toLowerCase()),
      collaborators: splitList(draft.collaborators),
      maxLoad: draft.maxLoad,
    };
    const saved = reviewer
      ? await run('reviewers.update', { reviewerId: reviewer.id, reviewer: input })
      : await run('reviewers.create', input);
    if (saved) onSaved();
  }

  return (
    <FormCard
      title={
        reviewer ? t('office.reviewers.editTitle', { name: reviewer.name }) : t('office.reviewers.newTitle')
      }
      error={error}
      onDismissError={() => setError(null)}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        label={t('office.reviewers.name')}
        value={draft.name}
        onChange={(name) => set({ name })}
        maxLength={200}
        required
      />
      <TextField
        label={t('office.reviewers.email')}
        type="email"
        value={draft.email}
        onChange={(email) => set({ email })}
        required
      />
      <TextField
        label={t('office.reviewers.institution')}
        value={draft.institution}
        onChange={(institution) => set({ institution })}
      />
      <FormField label={t('office.reviewers.maxLoad')}>
        <input
          type="number"
          min={0}
          value={Number.isNaN(draft.maxLoad) ? '' : draft.maxLoad}
          onChange={(event) => set({ maxLoad: event.target.valueAsNumber })}
        />
      </FormField>
      <TextField
        label={t('office.reviewers.expertise')}
        hint={t('office.reviewers.listHint')}
        value={draft.expertise}
        onChange={(expertise) => set({ expertise })}
      />
      <TextField
        label={t('office.reviewers.languages')}
        hint={t('office.reviewers.languagesHint')}
        value={draft.languages}
        onChange={(languages) => set({ languages })}
      />
      <TextField
        label={t('office.reviewers.collaborators')}
        hint={t('office.reviewers.collaboratorsHint')}
        value={draft.collaborators}
        onChange={(collaborators) => set({ collaborators })}
        multiline
        wide
      />
    </FormCard>
  );
}
