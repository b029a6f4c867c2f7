import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/contract';
import type {
  Call,
  CallCategory,
  ChallengeInput,
  ReviewMode,
  TemplateId,
} from '../../../../shared/domain/call';
import { pick } from '../../../../shared/domain/localized';
import type { Err } from '../../../../shared/result';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { currentLanguage } from '../../../i18n/i18n';
import { ChallengesEditor } from './ChallengesEditor';

type Templates = ResponseOf<'calls.templates'>;

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
  const { t } = useTranslation();
  const language = currentLanguage();
  const [templates, setTemplates] = useState<Templates>([]);
  const [draft, setDraft] = useState<Draft>(() => draftOf(call));
  const [error, setError] = useState<Err | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  useEffect(() => {
    void api()
      .invoke('calls.templates', {})
      .then((result) => (result.ok ? setTemplates(result.value) : setError(result)));
  }, []);

  const template = templates.find((candidate) => candidate.id === draft.template);
  const chooseTemplate = (id: TemplateId) => {
    const chosen = templates.find((candidate) => candidate.id === id);
    set({
      template: id,
      category: chosen?.category ?? draft.category,
      reviewersPerApplication: chosen?.reviewersPerApplication ?? draft.reviewersPerApplication,
    });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
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
    const result = call
      ? await api().invoke('calls.update', { callId: call.id, settings, challenges })
      : await api().invoke('calls.create', {
          template: draft.template,
          ...settings,
          challenges,
          ...(draft.template === 'horizon-europe' ? { impactWeight: draft.impactWeight } : {}),
        });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result);
  }

  return (
    <form className="card call-form" onSubmit={(event) => void submit(event)}>
      <h2>{call ? t('office.calls.editTitle', { code: call.code }) : t('office.calls.newTitle')}</h2>
      {packagesIssued && (
        <div className="notice notice-warn">
          <span>{t('office.calls.lockedNotice')}</span>
        </div>
      )}
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      <div className="form-grid">
        {!call && (
          <label className="wide">
            {t('office.calls.template')}
            <select
              value={draft.template}
              onChange={(event) => chooseTemplate(event.target.value as TemplateId)}
            >
              {templates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {pick(candidate.name, language)}
                </option>
              ))}
            </select>
            {template && <span className="hint">{pick(template.description, language)}</span>}
          </label>
        )}
        <label>
          {t('office.calls.code')}
          <input value={draft.code} onChange={(event) => set({ code: event.target.value })} required />
        </label>
        <label>
          {t('office.calls.category')}
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
        </label>
        <label>
          {t('office.calls.titleZh')}
          <input
            value={draft.titleZh}
            onChange={(event) => set({ titleZh: event.target.value })}
            lang="zh-CN"
          />
        </label>
        <label>
          {t('office.calls.titleEn')}
          <input value={draft.titleEn} onChange={(event) => set({ titleEn: event.target.value })} lang="en" />
        </label>
        <label>
          {t('office.calls.opensAt')}
          <input
            type="date"
            value={draft.opensAt}
            onChange={(event) => set({ opensAt: event.target.value })}
          />
        </label>
        <label>
          {t('office.calls.closesAt')}
          <input
            type="date"
            value={draft.closesAt}
            onChange={(event) => set({ closesAt: event.target.value })}
          />
        </label>
        <label>
          {t('office.calls.reviewDueAt')}
          <input
            type="date"
            value={draft.reviewDueAt}
            onChange={(event) => set({ reviewDueAt: event.target.value })}
          />
        </label>
        <label>
          {t('office.calls.budgetEnvelope')}
          <input
            inputMode="numeric"
            pattern="[0-9]*"
            value={draft.budgetEnvelope}
            onChange={(event) => set({ budgetEnvelope: event.target.value.replace(/[^0-9]/g, '') })}
          />
        </label>
        <label>
          {t('office.calls.reviewersPerApplication')}
          <input
            type="number"
            min={1}
            max={50}
            value={draft.reviewersPerApplication}
            onChange={(event) => set({ reviewersPerApplication: event.target.valueAsNumber })}
          />
        </label>
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
          <label>
            {t('office.calls.impactWeight')}
            <select
              value={draft.impactWeight}
              onChange={(event) => set({ impactWeight: event.target.value === '1.5' ? 1.5 : 1 })}
            >
              <option value={1}>{t('office.calls.impactWeightNormal')}</option>
              <option value={1.5}>{t('office.calls.impactWeightInnovation')}</option>
            </select>
          </label>
        )}
        <label className="check wide">
          <input
            type="checkbox"
            checked={draft.integrityMakesIneligible}
            onChange={(event) => set({ integrityMakesIneligible: event.target.checked })}
          />
          {t('office.calls.integrityMakesIneligible')}
        </label>
      </div>
      {draft.category === 'challenge' && (
        <ChallengesEditor challenges={draft.challenges} onChange={(challenges) => set({ challenges })} />
      )}
      <div className="toolbar form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {call ? t('office.common.save') : t('office.calls.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('ui.cancel')}
        </button>
      </div>
    </form>
  );
}
