import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail, ReviewState } from '../../../shared/contract/reviewer';
import { pick } from '../../../shared/domain/localized';
import type { ReviewIssue } from '../../../shared/domain/review-validation';
import { overallScore, thresholdStatus } from '../../../shared/domain/review-score';
import type { Err } from '../../../shared/result';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { currentLanguage } from '../../i18n/i18n';
import { Autosaver, type SaveStatus } from './autosave';
import { CriterionField } from './CriterionField';
import { formatDateTime, formatNumber, formatTime, formatYuan } from './format';
import { RadioGroup } from './RadioGroup';
import { RecuseDialog } from './RecuseDialog';
import { draftOf, fieldsFrom, issuesByField, submitIssues, type FormFields } from './review-form';
import { useReviewerStore } from './reviewer-store';

const AUTOSAVE_DELAY_MS = 600;

/** The review form of one application, generated from the call's rubric, saved as it is edited. */
export function ScoringForm({
  detail,
  onReview,
}: {
  detail: ApplicationDetail;
  onReview: (review: ReviewState) => void;
}) {
  const [generation, setGeneration] = useState(0);
  return (
    <FormBody
      key={generation}
      detail={detail}
      onReview={(review, replaced) => {
        onReview(review);
        if (replaced) setGeneration((value) => value + 1);
      }}
    />
  );
}

function FormBody({
  detail,
  onReview,
}: {
  detail: ApplicationDetail;
  /** `replaced`: the review changed state (submitted, reopened, recused): the form starts over from it. */
  onReview: (review: ReviewState, replaced: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const formRef = useRef<HTMLFormElement>(null);
  const { rubric } = detail.call;
  const review = detail.review;
  const key = useMemo(
    () => ({
      callId: detail.call.id,
      applicationId: detail.application.id,
      reviewerId: review?.content.reviewerId ?? '',
    }),
    [detail.call.id, detail.application.id, review?.content.reviewerId],
  );
  const [fields, setFields] = useState<FormFields>(() => fieldsFrom(review?.content ?? null, rubric));
  const [status, setStatus] = useState<SaveStatus<ReviewState>>({ kind: 'idle' });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [showSubmitIssues, setShowSubmitIssues] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Err | null>(null);
  const [recusing, setRecusing] = useState(false);
  const setPendingSave = useReviewerStore((state) => state.setPendingSave);

  const check = useMemo(() => draftOf(fields, rubric, key), [fields, rubric, key]);
  const issues: ReviewIssue[] = showSubmitIssues ? submitIssues(check, rubric, key) : check.blocking;
  const byField = issuesByField(issues);
  const readOnly = detail.application.archived || (review !== null && review.content.status !== 'draft');

  const onReviewRef = useRef(onReview);
  onReviewRef.current = onReview;
  const [autosaver] = useState(
    () =>
      new Autosaver<FormFields, ReviewState>({
        delayMs: AUTOSAVE_DELAY_MS,
        storable: (next) => draftOf(next, rubric, key).blocking.length === 0,
        save: (next) =>
          api().invoke('reviewer.saveDraft', {
            applicationId: detail.application.id,
            draft: draftOf(next, rubric, key).draft,
          }),
        onStatus: (next) => {
          setStatus(next);
          if (next.kind === 'saved') {
            setSavedAt(new Date().toISOString());
            onReviewRef.current(next.value, false);
          }
        },
      }),
  );
  // Leaving the form saves what is not saved yet; the inbox waits for it before reading statuses.
  useEffect(
    () => () => {
      autosaver.dispose();
      if (!autosaver.clean) setPendingSave(autosaver.flush());
    },
    [autosaver, setPendingSave],
  );

  const fieldsRef = useRef(fields);
  const edit = (change: (current: FormFields) => FormFields) => {
    const next = change(fieldsRef.current);
    fieldsRef.current = next;
    setFields(next);
    autosaver.change(next);
  };

  async function act(run: () => ReturnType<ReturnType<typeof api>['invoke']>) {
    setBusy(true);
    setError(null);
    const result = await run();
    setBusy(false);
    if (result.ok) onReview(result.value as ReviewState, true);
    else setError(result);
  }

  async function submit() {
    const flushed = await autosaver.flush();
    const blocked = submitIssues(draftOf(fieldsRef.current, rubric, key), rubric, key);
    if (blocked.length > 0 || (flushed && !flushed.ok)) {
      setShowSubmitIssues(true);
      requestAnimationFrame(() => {
        const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
        (invalid?.matches('input, textarea, select')
          ? invalid
          : invalid?.querySelector<HTMLElement>('input, textarea')
        )?.focus();
      });
      return;
    }
    await act(() => api().invoke('reviewer.submit', { applicationId: detail.application.id }));
  }

  const overall = overallScore(rubric, check.draft.scores ?? {});
  const thresholds = thresholdStatus(rubric, check.draft.scores ?? {});
  const message = (field: string) => {
    const issue = byField.get(field);
    return issue ? t(issue.code, issue.params ?? {}) : null;
  };
  const errorId = (field: string) =>
    byField.has(field) ? `${id}-${field.replace(/[^a-zA-Z0-9-]/g, '-')}-error` : undefined;
  const fieldError = (field: string) => {
    const text = message(field);
    return text ? (
      <p id={errorId(field)} className="field-error">
        {text}
      </p>
    ) : null;
  };

  return (
    <aside className="scoring" aria-labelledby={`${id}-title`}>
      <div className="scoring-head">
        <h2 id={`${id}-title`}>{t('reviewer.form.title')}</h2>
        {review && <span className="tag">{t('reviewer.form.revision', { revision: review.revision })}</span>}
        <SaveIndicator
          status={status}
          savedAt={savedAt ?? (review?.content.status === 'draft' ? review.updatedAt : null)}
        />
      </div>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      {review?.content.status === 'recused' && review.content.recusal && (
        <div className="notice notice-attention">
          <span>
            {t('reviewer.form.recusedNotice', {
              type: t(`reviewer.recusalTypes.${review.content.recusal.type}`),
              reason: review.content.recusal.reason,
            })}
          </span>
        </div>
      )}
      {review?.content.status === 'submitted' && (
        <div className="notice notice-ok">
          <span>
            {review.exported
              ? t('reviewer.form.exportedNotice', { revision: review.revision })
              : t('reviewer.form.submittedNotice', { time: formatDateTime(review.submittedAt, language) })}
          </span>
        </div>
      )}
      {showSubmitIssues && issues.length > 0 && (
        <p className="notice notice-error" role="alert">
          {t('reviewer.form.fixBeforeSubmit', { count: issues.length })}
        </p>
      )}
      <form ref={formRef} onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset disabled={readOnly || busy} className="scoring-fields">
          <legend className="visually-hidden">{t('reviewer.form.title')}</legend>
          <h3>{t('reviewer.form.criteria')}</h3>
          {rubric.criteria.map((criterion) =>
            criterion.type === 'score' ? (
              <CriterionField
                key={criterion.id}
                criterion={criterion}
                text={fields.scoreText[criterion.id] ?? ''}
                meets={thresholds.criteria[criterion.id] ?? null}
                onText={(text) =>
                  edit((current) => ({
                    ...current,
                    scoreText: { ...current.scoreText, [criterion.id]: text },
                  }))
                }
                errorId={errorId(`scores.${criterion.id}`)}
                error={fieldError(`scores.${criterion.id}`)}
              />
            ) : (
              <div key={criterion.id} className="criterion">
                <RadioGroup
                  name={`${id}-choice-${criterion.id}`}
                  legend={pick(criterion.label, language)}
                  hint={<p className="field-hint">{pick(criterion.guidance, language)}</p>}
                  options={criterion.options.map((option) => ({
                    value: option.id,
                    label: pick(option.label, language),
                  }))}
                  value={fields.choices[criterion.id] ?? null}
                  onChange={(value) =>
                    edit((current) => ({
                      ...current,
                      choices: { ...current.choices, [criterion.id]: value },
                    }))
                  }
                  errorId={errorId(`choices.${criterion.id}`)}
                  invalid={byField.has(`choices.${criterion.id}`)}
                />
                {fieldError(`choices.${criterion.id}`)}
              </div>
            ),
          )}

          <h3>{t('reviewer.form.comments')}</h3>
          {rubric.comments.map((field) => {
            const text = fields.comments[field.id] ?? '';
            const length = [...text.trim()].length;
            return (
              <div key={field.id} className="comment-field">
                <label>
                  <span>
                    {pick(field.label, language)}
                    {field.required && <span className="required"> ({t('reviewer.form.required')})</span>}
                  </span>
                  <textarea
                    value={text}
                    onChange={(event) => {
                      const value = event.target.value;
                      edit((current) => ({
                        ...current,
                        comments: { ...current.comments, [field.id]: value },
                      }));
                    }}
                    aria-invalid={byField.has(`comments.${field.id}`) || undefined}
                    aria-describedby={errorId(`comments.${field.id}`)}
                    rows={field.id === 'confidential' ? 2 : 4}
                  />
                </label>
                <p className="field-hint counter">
                  {field.minLength > 0
                    ? t('reviewer.form.lengthMin', { length, min: field.minLength })
                    : t('reviewer.form.length', { length })}
                </p>
                {fieldError(`comments.${field.id}`)}
              </div>
            );
          })}

          {rubric.recommendations.length > 0 && (
            <>
              <RadioGroup
                name={`${id}-recommendation`}
                legend={t('reviewer.form.recommendation')}
                options={rubric.recommendations.map((option) => ({
                  value: option.id,
                  label: pick(option.label, language),
                }))}
                value={fields.recommendation}
                onChange={(value) => edit((current) => ({ ...current, recommendation: value }))}
                errorId={errorId('recommendation')}
                invalid={byField.has('recommendation')}
                className="inline"
              />
              {fieldError('recommendation')}
            </>
          )}

          {rubric.familiarityAsked && (
            <>
              <RadioGroup
                name={`${id}-familiarity`}
                legend={t('reviewer.form.familiarity')}
                options={(['familiar', 'somewhat', 'unfamiliar'] as const).map((value) => ({
                  value,
                  label: t(`reviewer.familiarity.${value}`),
                }))}
                value={fields.familiarity}
                onChange={(value) =>
                  edit((current) => ({ ...current, familiarity: value as FormFields['familiarity'] }))
                }
                errorId={errorId('familiarity')}
                invalid={byField.has('familiarity')}
                className="inline"
              />
              {fieldError('familiarity')}
            </>
          )}

          {rubric.budgetOpinionAsked && (
            <section className="budget-opinion" aria-labelledby={`${id}-budget`}>
              <h3 id={`${id}-budget`}>{t('reviewer.form.budgetOpinion')}</h3>
              <p className="field-hint">
                {t('reviewer.form.requestedAmount', {
                  amount: formatYuan(detail.application.requestedTotal, language),
                })}
              </p>
              <RadioGroup
                name={`${id}-verdict`}
                legend={t('reviewer.form.verdict')}
                options={(['appropriate', 'too-high', 'too-low'] as const).map((value) => ({
                  value,
                  label: t(`reviewer.verdicts.${value}`),
                }))}
                value={fields.budget.verdict}
                onChange={(value) =>
                  edit((current) => ({
                    ...current,
                    budget: {
                      ...current.budget,
                      verdict: value as NonNullable<FormFields['budget']['verdict']>,
                      amountText: current.budget.amountText || String(detail.application.requestedTotal),
                    },
                  }))
                }
                errorId={errorId('budgetOpinion') ?? errorId('budgetOpinion.verdict')}
                invalid={byField.has('budgetOpinion') || byField.has('budgetOpinion.verdict')}
                className="inline"
              />
              {fieldError('budgetOpinion')}
              {fieldError('budgetOpinion.verdict')}
              <label>
                {t('reviewer.form.recommendedAmount')}
                <input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  step={10000}
                  value={fields.budget.amountText}
                  onChange={(event) => {
                    const value = event.target.value;
                    edit((current) => ({ ...current, budget: { ...current.budget, amountText: value } }));
                  }}
                  aria-invalid={byField.has('budgetOpinion.recommendedAmount') || undefined}
                  aria-describedby={errorId('budgetOpinion.recommendedAmount')}
                />
              </label>
              {fieldError('budgetOpinion.recommendedAmount')}
              <label>
                <span>
                  {t('reviewer.form.budgetReason')}
                  {fields.budget.verdict !== null && fields.budget.verdict !== 'appropriate' && (
                    <span className="required"> ({t('reviewer.form.required')})</span>
                  )}
                </span>
                <textarea
                  value={fields.budget.reason}
                  rows={2}
                  onChange={(event) => {
                    const value = event.target.value;
                    edit((current) => ({ ...current, budget: { ...current.budget, reason: value } }));
                  }}
                  aria-invalid={byField.has('budgetOpinion.reason') || undefined}
                  aria-describedby={errorId('budgetOpinion.reason')}
                />
              </label>
              {fieldError('budgetOpinion.reason')}
            </section>
          )}
        </fieldset>

        <section className="score-summary" aria-labelledby={`${id}-summary`}>
          <h3 id={`${id}-summary`}>{t('reviewer.form.summary')}</h3>
          <p aria-live="polite">
            {overall === null ? (
              <span className="muted">{t('reviewer.form.overallIncomplete')}</span>
            ) : (
              <>
                {t('reviewer.form.overall')}{' '}
                <strong className="overall">{formatNumber(overall, language)}</strong>
              </>
            )}
          </p>
          {rubric.totalThreshold !== null && (
            <p className="muted">{t('reviewer.form.totalThreshold', { value: rubric.totalThreshold })}</p>
          )}
          <p>
            <span
              className={
                thresholds.passed === null ? 'tag' : thresholds.passed ? 'tag tag-ok' : 'tag tag-danger'
              }
            >
              {thresholds.passed === null
                ? t('reviewer.form.pending')
                : thresholds.passed
                  ? t('reviewer.form.passed')
                  : t('reviewer.form.failed')}
            </span>
          </p>
        </section>

        {!detail.application.archived && (
          <div className="scoring-actions">
            {(!review || review.content.status === 'draft') && (
              <>
                <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
                  {busy ? t('reviewer.form.submitting') : t('reviewer.form.submit')}
                </button>
                <button type="button" disabled={busy} onClick={() => setRecusing(true)}>
                  {t('reviewer.form.recuse')}
                </button>
              </>
            )}
            {review?.content.status === 'submitted' && (
              <>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    void act(() => api().invoke('reviewer.reopen', { applicationId: detail.application.id }))
                  }
                >
                  {t('reviewer.form.reopen')}
                </button>
                <p className="field-hint">{t('reviewer.form.reopenHint')}</p>
              </>
            )}
            {review?.content.status === 'recused' && (
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void act(() => api().invoke('reviewer.reopen', { applicationId: detail.application.id }))
                }
              >
                {t('reviewer.form.withdrawRecusal')}
              </button>
            )}
          </div>
        )}
      </form>
      {recusing && (
        <RecuseDialog
          reference={detail.application.referenceNo}
          onCancel={() => setRecusing(false)}
          onConfirm={async (recusal) => {
            await autosaver.flush();
            const result = await api().invoke('reviewer.recuse', {
              applicationId: detail.application.id,
              recusal,
            });
            if (!result.ok) return result;
            setRecusing(false);
            onReview(result.value, true);
            return null;
          }}
        />
      )}
    </aside>
  );
}

function SaveIndicator({ status, savedAt }: { status: SaveStatus<ReviewState>; savedAt: string | null }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage();
  let text = '';
  let tone = 'save-state';
  switch (status.kind) {
    case 'pending':
      text = t('reviewer.form.unsaved');
      tone += ' pending';
      break;
    case 'saving':
      text = t('reviewer.form.saving');
      tone += ' pending';
      break;
    case 'blocked':
      text = t('reviewer.form.notSaved', { reason: t('reviewer.form.fixFields') });
      tone += ' failed';
      break;
    case 'failed':
      text = t('reviewer.form.notSaved', {
        reason: i18n.exists(status.error.code)
          ? t(status.error.code, status.error.params ?? {})
          : status.error.message,
      });
      tone += ' failed';
      break;
    default:
      text = savedAt ? t('reviewer.form.saved', { time: formatTime(savedAt, language) }) : '';
      tone += ' saved';
  }
  return (
    <span className={tone} role="status" aria-live="polite" data-testid="save-state">
      {text}
    </span>
  );
}
