import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type {
  Call,
  CallCategory,
  ChallengeInput,
  ReviewMode,
  TemplateId,
} from '../../../../shared/domain/call';
import { pick } from '../../../../shared/domain/localized';
import { useAction, useChannel } from '../../../api/use-channel';
import { FormCard } from '../../../components/FormCard';
import {
  CheckField,
  RadioField,
  choicesOf,
  FormField,
  NumberField,
  SelectField,
  TextFields,
  type TextFieldSpec,
} from '../../../components/FormField';
import { currentLanguage } from '../../../i18n/i18n';
import { ChallengesEditor } from './ChallengesEditor';

interface Draft {
  template: TemplateId;
  code: string;
  titleZh: string;
  titleEn: string;
  category: CallCategory;
  opensAt: string;
  closesAt: string;
  reviewDueAt: string;
  budgetEnvelope: string;
  reviewMode: ReviewMode;
  reviewersPerApplication: number;
  integrityMakesIneligible: boolean;
  impactWeight: 1 | 1.5;
  challenges: ChallengeInput[];
}

function draftOf(call: Call | null): Draft {
  return {
    template: (call?.template as TemplateId | undefined) ?? 'nsfc',
    code: call?.code ?? '',
    titleZh: call?.title.zh ?? '',
    titleEn: call?.title.en ?? '',
    category: call?.category ?? 'general',
    opensAt: call?.opensAt?.slice(0, 10) ?? '',
    closesAt: call?.closesAt?.slice(0, 10) ?? '',
    reviewDueAt: call?.reviewDueAt?.slice(0, 10) ?? '',
    budgetEnvelope: call?.budgetEnvelope === null || call === null ? '' : String(call.budgetEnvelope),
    reviewMode: call?.reviewMode ?? 'open',
    reviewersPerApplication: call?.reviewersPerApplication ?? 3,
    integrityMakesIneligible: call?.integrityMakesIneligible ?? true,
    impactWeight: 1,
    challenges: call?.challenges ?? [],
  };
}

type TextKey = 'code' | 'titleZh' | 'titleEn' | 'opensAt' | 'closesAt' | 'reviewDueAt';
const categories = ['general', 'lump-sum', 'challenge'] as const;
const reviewModes = ['open', 'blind'] as const;

const dateOrNull = (value: string) => (value === '' ? null : value);

/**
 * Creates a call from a template or edits one. Once packages were issued the category and review
 * mode are fixed (reviewers hold packages made under them).
 */
export function CallForm({
  call,
  packagesIssued,
  onSaved,
  onCancel,
}: {
  call: Call | null;
  packagesIssued: boolean;
  onSaved: (call: Call) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const language = currentLanguage();
  const templates = useChannel('calls.templates', {});
  const [draft, setDraft] = useState<Draft>(() => draftOf(call));
  const { run, error, setError, busy } = useAction();
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const setText = (field: TextKey, value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const locked = packagesIssued ? t('office.calls.lockedField') : null;
  const textSpecs: TextFieldSpec<TextKey>[] = [
    { field: 'code', label: t('office.calls.code'), required: true },
    { field: 'titleZh', label: t('office.calls.titleZh'), lang: 'zh-CN' },
    { field: 'titleEn', label: t('office.calls.titleEn'), lang: 'en' },
    { field: 'opensAt', label: t('office.calls.opensAt'), type: 'date' },
    { field: 'closesAt', label: t('office.calls.closesAt'), type: 'date' },
    { field: 'reviewDueAt', label: t('office.calls.reviewDueAt'), type: 'date' },
  ];

  const template = templates.value?.find((candidate) => candidate.id === draft.template);
  const chooseTemplate = (id: TemplateId) => {
    const chosen = templates.value?.find((candidate) => candidate.id === id);
    set({
      template: id,
      category: chosen?.category ?? draft.category,
      reviewersPerApplication: chosen?.reviewersPerApplication ?? draft.reviewersPerApplication,
    });
  };

  async function submit() {
    const settings = {
      code: draft.code.trim(),
      title: { zh: draft.titleZh, en: draft.titleEn },
      category: draft.category,
      opensAt: dateOrNull(draft.opensAt),
      closesAt: dateOrNull(draft.closesAt),
      reviewDueAt: dateOrNull(draft.reviewDueAt),
      budgetEnvelope: draft.budgetEnvelope.trim() === '' ? null : Number(draft.budgetEnvelope),
      reviewMode: draft.reviewMode,
      reviewersPerApplication: draft.reviewersPerApplication,
      integrityMakesIneligible: draft.integrityMakesIneligible,
    };
    const challenges = draft.category === 'challenge' ? draft.challenges : [];
    const saved = call
      ? await run('calls.update', { callId: call.id, settings, challenges })
      : await run('calls.create', {
          template: draft.template,
          ...settings,
          challenges,
          ...(draft.template === 'horizon-europe' ? { impactWeight: draft.impactWeight } : {}),
        });
    if (saved) onSaved(saved);
  }

  return (
    <FormCard
      className="call-form"
      title={call ? t('office.calls.editTitle', { code: call.code }) : t('office.calls.newTitle')}
      before={
        packagesIssued && (
          <div className="notice notice-warn">
            <span>{t('office.calls.lockedNotice')}</span>
          </div>
        )
      }
      error={error ?? templates.error}
      onDismissError={() => setError(null)}
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={call ? t('office.common.save') : t('office.calls.create')}
      submitDisabled={busy}
      after={
        draft.category === 'challenge' && (
          <ChallengesEditor challenges={draft.challenges} onChange={(challenges) => set({ challenges })} />
        )
      }
    >
      {!call && (
        <SelectField
          label={t('office.calls.template')}
          hint={template && pick(template.description, language)}
          wide
          value={draft.template}
          choices={(templates.value ?? []).map(({ id, name }) => ({
            value: id,
            label: pick(name, language),
          }))}
          onChange={chooseTemplate}
        />
      )}
      <TextFields specs={textSpecs.slice(0, 1)} values={draft} onChange={setText} />
      <SelectField
        label={t('office.calls.category')}
        value={draft.category}
        choices={choicesOf(categories, (category) => t(`office.calls.categories.${category}`))}
        locked={locked}
        onChange={(category) => set({ category })}
      />
      <TextFields specs={textSpecs.slice(1)} values={draft} onChange={setText} />
      <FormField label={t('office.calls.budgetEnvelope')}>
        <input
          inputMode="numeric"
          pattern="[0-9]*"
          value={draft.budgetEnvelope}
          onChange={(event) => set({ budgetEnvelope: event.target.value.replace(/[^0-9]/g, '') })}
        />
      </FormField>
      <NumberField
        label={t('office.calls.reviewersPerApplication')}
        min={1}
        max={50}
        value={draft.reviewersPerApplication}
        onChange={(reviewersPerApplication) => set({ reviewersPerApplication })}
      />
      <RadioField
        legend={t('office.calls.reviewMode')}
        name="review-mode"
        value={draft.reviewMode}
        choices={choicesOf(reviewModes, (mode) => t(`office.calls.reviewModes.${mode}`))}
        locked={locked}
        onChange={(reviewMode) => set({ reviewMode })}
      />
      {!call && draft.template === 'horizon-europe' && (
        <SelectField
          label={t('office.calls.impactWeight')}
          value={draft.impactWeight === 1.5 ? '1.5' : '1'}
          choices={[
            { value: '1', label: t('office.calls.impactWeightNormal') },
            { value: '1.5', label: t('office.calls.impactWeightInnovation') },
          ]}
          onChange={(weight) => set({ impactWeight: weight === '1.5' ? 1.5 : 1 })}
        />
      )}
      <CheckField
        label={t('office.calls.integrityMakesIneligible')}
        checked={draft.integrityMakesIneligible}
        onChange={(checked) => set({ integrityMakesIneligible: checked })}
        wide
      />
    </FormCard>
  );
}
