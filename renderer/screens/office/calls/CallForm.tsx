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
import { CheckField, FormField, TextField } from '../../../components/FormField';
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
        <FormField
          label={t('office.calls.template')}
          hint={template && pick(template.description, language)}
          wide
        >
          <select
            value={draft.template}
            onChange={(event) => chooseTemplate(event.target.value as TemplateId)}
          >
            {templates.value?.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {pick(candidate.name, language)}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <TextField
        label={t('office.calls.code')}
        value={draft.code}
        onChange={(code) => set({ code })}
        required
      />
      <FormField label={t('office.calls.category')}>
        <select
          value={draft.category}
          disabled={packagesIssued}
          onChange={(event) => set({ category: event.target.value as CallCategory })}
        >
          {(['general', 'lump-sum', 'challenge'] as const).map((category) => (
            <option key={category} value={category}>
              {t(`office.calls.categories.${category}`)}
            </option>
          ))}
        </select>
      </FormField>
      <TextField
        label={t('office.calls.titleZh')}
        value={draft.titleZh}
        onChange={(titleZh) => set({ titleZh })}
        lang="zh-CN"
      />
      <TextField
        label={t('office.calls.titleEn')}
        value={draft.titleEn}
        onChange={(titleEn) => set({ titleEn })}
        lang="en"
      />
      <TextField
        label={t('office.calls.opensAt')}
        type="date"
        value={draft.opensAt}
        onChange={(opensAt) => set({ opensAt })}
      />
      <TextField
        label={t('office.calls.closesAt')}
        type="date"
        value={draft.closesAt}
        onChange={(closesAt) => set({ closesAt })}
      />
      <TextField
        label={t('office.calls.reviewDueAt')}
        type="date"
        value={draft.reviewDueAt}
        onChange={(reviewDueAt) => set({ reviewDueAt })}
      />
      <FormField label={t('office.calls.budgetEnvelope')}>
        <input
          inputMode="numeric"
          pattern="[0-9]*"
          value={draft.budgetEnvelope}
          onChange={(event) => set({ budgetEnvelope: event.target.value.replace(/[^0-9]/g, '') })}
        />
      </FormField>
      <FormField label={t('office.calls.reviewersPerApplication')}>
        <input
          type="number"
          min={1}
          max={50}
          value={draft.reviewersPerApplication}
          onChange={(event) => set({ reviewersPerApplication: event.target.valueAsNumber })}
        />
      </FormField>
      <fieldset className="inline-choice">
        <legend>{t('office.calls.reviewMode')}</legend>
        {(['open', 'blind'] as const).map((mode) => (
          <label key={mode} className="check">
            <input
              type="radio"
              name="review-mode"
              value={mode}
              checked={draft.reviewMode === mode}
              disabled={packagesIssued}
              onChange={() => set({ reviewMode: mode })}
            />
            {t(`office.calls.reviewModes.${mode}`)}
          </label>
        ))}
      </fieldset>
      {!call && draft.template === 'horizon-europe' && (
        <FormField label={t('office.calls.impactWeight')}>
          <select
            value={draft.impactWeight}
            onChange={(event) => set({ impactWeight: event.target.value === '1.5' ? 1.5 : 1 })}
          >
            <option value={1}>{t('office.calls.impactWeightNormal')}</option>
            <option value={1.5}>{t('office.calls.impactWeightInnovation')}</option>
          </select>
        </FormField>
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
