import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { Reviewer, ReviewerInput } from '../../../../shared/domain/reviewer';
import { splitList } from '../../../../shared/normalize/text';
import { useAction } from '../../../api/use-channel';
import { FormCard } from '../../../components/FormCard';
import { NumberField, TextFields, type TextFieldSpec } from '../../../components/FormField';

interface Draft {
  name: string;
  email: string;
  institution: string;
  expertise: string;
  languages: string;
  collaborators: string;
  maxLoad: number;
}

type TextKey = Exclude<keyof Draft, 'maxLoad'>;

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
  const setText = (field: TextKey, value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const specs: TextFieldSpec<TextKey>[] = [
    { field: 'name', label: t('office.reviewers.name'), maxLength: 200, required: true },
    { field: 'email', label: t('office.reviewers.email'), type: 'email', required: true },
    { field: 'institution', label: t('office.reviewers.institution') },
    { field: 'expertise', label: t('office.reviewers.expertise'), hint: t('office.reviewers.listHint') },
    { field: 'languages', label: t('office.reviewers.languages'), hint: t('office.reviewers.languagesHint') },
    {
      field: 'collaborators',
      label: t('office.reviewers.collaborators'),
      hint: t('office.reviewers.collaboratorsHint'),
      multiline: true,
      wide: true,
    },
  ];

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
      <TextFields specs={specs.slice(0, 3)} values={draft} onChange={setText} />
      <NumberField
        label={t('office.reviewers.maxLoad')}
        min={0}
        value={draft.maxLoad}
        onChange={(maxLoad) => setDraft((current) => ({ ...current, maxLoad }))}
      />
      <TextFields specs={specs.slice(3)} values={draft} onChange={setText} />
    </FormCard>
  );
}
