import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';
import type { ApplicationEdit } from '../../../../shared/domain/application';
import { splitList } from '../../../../shared/normalize/text';
import { useAction } from '../../../api/use-channel';
import { FormCard } from '../../../components/FormCard';
import { CheckField, TextFields, type TextFieldSpec } from '../../../components/FormField';
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

type TextKey = Exclude<keyof Draft, 'languages'>;

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
  const errors = Object.fromEntries(
    Object.entries(problems).map(([field, found]) => [field, t(found.key, found.params ?? {})]),
  );
  const set = (field: TextKey, value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const listHint = t('office.applications.edit.listHint');
  const specs: TextFieldSpec<TextKey>[] = [
    { field: 'title', label: t('office.applications.columns.title'), maxLength: LIMITS.title, wide: true },
    { field: 'piName', label: t('office.applications.columns.piName'), maxLength: LIMITS.name },
    {
      field: 'institution',
      label: t('office.applications.columns.institution'),
      maxLength: LIMITS.institution,
    },
    { field: 'email', label: t('office.detail.email'), maxLength: LIMITS.email },
    { field: 'discipline', label: t('office.applications.columns.discipline'), maxLength: LIMITS.name },
    { field: 'team', label: t('office.detail.team'), hint: listHint, maxLength: LIMITS.list },
    { field: 'keywords', label: t('office.detail.keywords'), hint: listHint, maxLength: LIMITS.list },
    { field: 'durationMonths', label: t('office.applications.edit.durationMonths') },
    {
      field: 'requestedTotal',
      label: t('office.applications.edit.requestedTotal'),
      hint: detail.budgetLines.length > 0 ? t('office.applications.edit.totalFollowsBudget') : undefined,
    },
    // Shown last, after the languages: the abstract takes the full width.
    {
      field: 'abstract',
      label: t('office.detail.abstract'),
      maxLength: LIMITS.abstract,
      multiline: true,
      wide: true,
    },
  ];

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
      <TextFields specs={specs.slice(0, -1)} values={draft} errors={errors} onChange={set} />
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
      <TextFields specs={specs.slice(-1)} values={draft} onChange={set} />
    </FormCard>
  );
}
