import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import type { ApplicationEdit } from '../../../../shared/domain/application';
import { splitList } from '../../../../shared/normalize/text';
import { useAction } from '../../../api/use-channel';
import { FormCard } from '../../../components/FormCard';
import { CheckField, TextField } from '../../../components/FormField';
import type { Message } from '../../../components/OkNotice';

type Detail = ResponseOf<'applications.get'>;

/** The contract's limits (shared/domain/application.ts, applicationEditSchema). */
const LIMITS = { title: 2000, abstract: 100000, list: 5000, name: 200, institution: 500, email: 320 };
const LANGUAGES = ['zh', 'en'] as const;

interface Draft {
  title: string;
  abstract: string;
  keywords: string;
  discipline: string;
  piName: string;
  institution: string;
  email: string;
  team: string;
  durationMonths: string;
  requestedTotal: string;
  languages: string[];
}

/** Problems as i18n keys and parameters, so they follow a language switch while the form is open. */
type Problems = Partial<Record<keyof Draft, Message>>;

function draftOf(detail: Detail, separator: string): Draft {
  return {
    title: detail.title,
    abstract: detail.abstract,
    keywords: detail.keywords.join(separator),
    discipline: detail.discipline,
    piName: detail.piName,
    institution: detail.institution,
    email: detail.email,
    team: detail.team.join(separator),
    durationMonths: detail.durationMonths === null ? '' : String(detail.durationMonths),
    requestedTotal: String(detail.requestedTotal),
    languages: detail.languages,
  };
}

/** A whole number of at least `min` written with or without thousands separators, or null. */
function wholeNumber(text: string, min: number): number | null {
  const cleaned = text.replace(/[,，\s]/gu, '');
  if (!/^\d+$/u.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) && value >= min ? value : null;
}

/**
 * Corrects an application after import: title, abstract, keywords, discipline, PI, institution,
 * e-mail, team, duration, requested total and languages. Checked here field by field (translated),
 * then by the handler, which audits each changed field.
 */
export function EditApplicationForm({
  detail,
  onSaved,
  onCancel,
}: {
  detail: Detail;
  onSaved: (changed: number) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const separator = t('office.common.listSeparator');
  const [draft, setDraft] = useState(() => draftOf(detail, separator));
  const [problems, setProblems] = useState<Problems>({});
  const action = useAction();
  const problem = (field: keyof Draft) => {
    const found = problems[field];
    return found ? t(found.key, found.params ?? {}) : null;
  };
  const set = (field: keyof Draft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  function check(): ApplicationEdit | null {
    const found: Problems = {};
    const required = (field: 'title' | 'piName' | 'institution') => {
      if (draft[field].trim() === '') found[field] = { key: 'office.applications.edit.required' };
    };
    required('title');
    required('piName');
    required('institution');
    const email = draft.email.trim();
    if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(email))
      found.email = { key: 'office.applications.errors.badEmail', params: { value: email } };
    const duration = draft.durationMonths.trim() === '' ? null : wholeNumber(draft.durationMonths, 1);
    if (duration === null && draft.durationMonths.trim() !== '')
      found.durationMonths = { key: 'office.applications.edit.wholeMonths' };
    const total = wholeNumber(draft.requestedTotal, 0);
    if (total === null) found.requestedTotal = { key: 'office.applications.edit.wholeYuan' };
    setProblems(found);
    if (Object.keys(found).length > 0 || total === null) return null;
    return {
      title: draft.title.trim(),
      abstract: draft.abstract,
      keywords: splitList(draft.keywords)
        .map((item) => item.trim())
        .filter(Boolean),
      discipline: draft.discipline.trim(),
      piName: draft.piName.trim(),
      institution: draft.institution.trim(),
      email,
      team: splitList(draft.team)
        .map((item) => item.trim())
        .filter(Boolean),
      durationMonths: duration,
      requestedTotal: total,
      languages: draft.languages,
    };
  }

  async function submit() {
    const changes = check();
    if (!changes) return;
    const saved = await action.run('applications.update', { applicationId: detail.id, changes });
    if (saved) onSaved(saved.changed.length);
  }

  return (
    <FormCard
      title={t('office.applications.edit.title', { reference: detail.referenceNo })}
      error={action.error}
      onDismissError={() => action.setError(null)}
      onSubmit={submit}
      onCancel={onCancel}
      before={<p className="muted">{t('office.applications.edit.explain')}</p>}
    >
      <TextField
        label={t('office.applications.columns.title')}
        value={draft.title}
        onChange={set('title')}
        maxLength={LIMITS.title}
        error={problem('title')}
        wide
      />
      <TextField
        label={t('office.applications.columns.piName')}
        value={draft.piName}
        onChange={set('piName')}
        maxLength={LIMITS.name}
        error={problem('piName')}
      />
      <TextField
        label={t('office.applications.columns.institution')}
        value={draft.institution}
        onChange={set('institution')}
        maxLength={LIMITS.institution}
        error={problem('institution')}
      />
      <TextField
        label={t('office.detail.email')}
        value={draft.email}
        onChange={set('email')}
        maxLength={LIMITS.email}
        error={problem('email')}
      />
      <TextField
        label={t('office.applications.columns.discipline')}
        value={draft.discipline}
        onChange={set('discipline')}
        maxLength={LIMITS.name}
      />
      <TextField
        label={t('office.detail.team')}
        hint={t('office.applications.edit.listHint')}
        value={draft.team}
        onChange={set('team')}
        maxLength={LIMITS.list}
      />
      <TextField
        label={t('office.detail.keywords')}
        hint={t('office.applications.edit.listHint')}
        value={draft.keywords}
        onChange={set('keywords')}
        maxLength={LIMITS.list}
      />
      <TextField
        label={t('office.applications.edit.durationMonths')}
        value={draft.durationMonths}
        onChange={set('durationMonths')}
        error={problem('durationMonths')}
      />
      <TextField
        label={t('office.applications.edit.requestedTotal')}
        hint={detail.budgetLines.length > 0 ? t('office.applications.edit.totalFollowsBudget') : undefined}
        value={draft.requestedTotal}
        onChange={set('requestedTotal')}
        error={problem('requestedTotal')}
      />
      <fieldset className="field">
        <legend>{t('office.applications.edit.languages')}</legend>
        {LANGUAGES.map((code) => (
          <CheckField
            key={code}
            label={t(`office.applications.edit.language.${code}`)}
            inline
            checked={draft.languages.includes(code)}
            onChange={(checked) =>
              setDraft((current) => ({
                ...current,
                languages: checked
                  ? [...current.languages, code]
                  : current.languages.filter((language) => language !== code),
              }))
            }
          />
        ))}
      </fieldset>
      <TextField
        label={t('office.detail.abstract')}
        value={draft.abstract}
        onChange={set('abstract')}
        maxLength={LIMITS.abstract}
        multiline
        wide
      />
    </FormCard>
  );
}
