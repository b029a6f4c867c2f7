import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import type { ApplicationDetail, DraftSaved, ReviewState } from '../../../shared/contract/reviewer';
import type { ReviewContent } from '../../../shared/domain/review';
import type { ReviewIssue } from '../../../shared/domain/review-validation';
import { pick } from '../../../shared/domain/localized';
import { thresholdStatus } from '../../../shared/domain/review-score';
import { api } from '../../api/api';
import { useAction } from '../../api/use-channel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { currentLanguage } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { Autosaver, type SaveStatus } from './autosave';
import { BudgetOpinionFields } from './BudgetOpinionFields';
import { CommentFields } from './CommentFields';
import { CriterionField } from './CriterionField';
import { useFieldErrors } from './field-errors';
import { formatDateTime } from './format';
import { RadioGroup } from './RadioGroup';
import { RecuseDialog } from './RecuseDialog';
import { dropLocalDraft, keepLocalDraft, readLocalDraft } from './local-draft';
import { draftOf, fieldsFrom, storablePatch, submitIssues, type FormFields } from './review-form';
import { useReviewerStore } from './reviewer-store';
import { ReviewPrint } from './ReviewPrint';
import { SaveIndicator } from './SaveIndicator';
import { isTyping } from './ShortcutHelp';
import { ScoreSummary } from './ScoreSummary';

const AUTOSAVE_DELAY_MS = 600;
const FAMILIARITY = ['familiar', 'somewhat', 'unfamiliar'] as const;

/** The review form of one application, generated from the call's rubric, saved as it is edited. */
export function ScoringForm({
  detail,
  onReview,
}: {
  detail: ApplicationDetail;
  onReview: (review: ReviewState) => void;
}) {
  // A new generation after submit, reopen or recusal: the form starts over from the stored review.
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
  onReview: (review: ReviewState, replaced: boolean) => void;
}) {
  const { t } = useT();
  const id = useId();
  const language = currentLanguage();
  const formRef = useRef<HTMLFormElement>(null);
  const { rubric } = detail.call;
  const { review } = detail;
  const applicationId = detail.application.id;
  const key = useMemo(
    () => ({ callId: detail.call.id, applicationId, reviewerId: review?.content.reviewerId ?? '' }),
    [detail.call.id, applicationId, review?.content.reviewerId],
  );
  const workspaceId = useAppStore((state) => state.workspace?.id ?? '');
  const editable = !detail.application.archived && (review === null || review.content.status === 'draft');
  // Text typed but never acknowledged (a reload, a crash, a refused field) comes back from the
  // local copy; it is only offered while the review can still be edited.
  const [restored] = useState(() => (editable ? readLocalDraft(workspaceId, applicationId) : null));
  const [fields, setFields] = useState<FormFields>(
    () => restored?.fields ?? fieldsFrom(review?.content ?? null, rubric),
  );
  const fieldsRef = useRef(fields);
  const savedRef = useRef<ReviewContent | null>(review?.content ?? null);
  const [rejected, setRejected] = useState<ReviewIssue[]>([]);
  const [status, setStatus] = useState<SaveStatus<DraftSaved>>({ kind: 'idle' });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [showSubmitIssues, setShowSubmitIssues] = useState(false);
  const action = useAction();
  const recusal = useAction();
  const { busy } = action;
  const [recusing, setRecusing] = useState(false);
  const setPendingSave = useReviewerStore((state) => state.setPendingSave);
  const setLeaveGuard = useReviewerStore((state) => state.setLeaveGuard);

  const check = useMemo(() => draftOf(fields, rubric, key), [fields, rubric, key]);
  const unsavedIssues = [...check.blocking, ...rejected];
  const errors = useFieldErrors(
    showSubmitIssues ? [...submitIssues(check, rubric, key), ...rejected] : unsavedIssues,
    id,
  );
  const issueCount = showSubmitIssues ? submitIssues(check, rubric, key).length : 0;
  const thresholds = thresholdStatus(rubric, check.draft.scores ?? {});
  const readOnly = !editable;

  const onReviewRef = useRef(onReview);
  useEffect(() => {
    onReviewRef.current = onReview;
  });
  const [autosaver] = useState(
    () =>
      new Autosaver<FormFields, DraftSaved>({
        delayMs: AUTOSAVE_DELAY_MS,
        // The autosave queue orders its own saves and needs each whole answer: it calls the transport.
        save: (next) =>
          api().invoke('reviewer.saveDraft', {
            applicationId,
            draft: storablePatch(draftOf(next, rubric, key), savedRef.current, key),
          }),
        onStatus: (next) => {
          setStatus(next);
          if (next.kind !== 'saved') return;
          savedRef.current = next.value.content;
          setRejected(next.value.rejected);
          setSavedAt(new Date().toISOString());
          onReviewRef.current(next.value, false);
          // The local copy goes only once the server holds every field as typed.
          if (
            next.value.rejected.length === 0 &&
            draftOf(fieldsRef.current, rubric, key).blocking.length === 0
          )
            dropLocalDraft(workspaceId, applicationId);
        },
      }),
  );
  /** True while something typed is not in the workspace file as typed. */
  const hasUnsaved = () =>
    !autosaver.clean ||
    draftOf(fieldsRef.current, rubric, key).blocking.length > 0 ||
    readLocalDraft(workspaceId, applicationId) !== null;

  // A restored copy is saved at once, like any edit.
  useEffect(() => {
    if (restored) autosaver.change(restored.fields);
  }, [autosaver, restored]);

  // Leaving the form saves what is not saved yet; the inbox waits for it before reading statuses.
  useEffect(
    () => () => {
      autosaver.dispose();
      if (!autosaver.clean) setPendingSave(autosaver.flush());
    },
    [autosaver, setPendingSave],
  );

  // Hiding the window (switching apps, minimising, closing the lid) saves now; closing or reloading
  // with unsaved changes asks first.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void autosaver.flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (autosaver.clean && draftOf(fieldsRef.current, rubric, key).blocking.length === 0) return;
      void autosaver.flush();
      event.preventDefault();
      event.returnValue = '';
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [autosaver, rubric, key]);

  // Going elsewhere in the app (back to the inbox, the next application) saves first and asks when a
  // field still could not be saved.
  const leaveMessage = t('reviewer.form.leaveUnsaved');
  useEffect(() => {
    setLeaveGuard(async () => {
      await autosaver.flush();
      return !hasUnsaved() || window.confirm(leaveMessage);
    });
    return () => setLeaveGuard(null);
  });

  // Ctrl+S saves now, Ctrl+Enter submits, 1–9 put the focus on that criterion (arrow keys then
  // pick its level, as in any radio group).
  const submitRef = useRef<() => Promise<void>>(async () => undefined);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = event.ctrlKey || event.metaKey;
      if (command && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void autosaver.flush();
      } else if (command && event.key === 'Enter' && editable) {
        event.preventDefault();
        void submitRef.current();
      } else if (!command && !event.altKey && /^[1-9]$/.test(event.key) && !isTyping(event.target)) {
        const criterion = formRef.current?.querySelectorAll('.criterion')[Number(event.key) - 1];
        const target =
          criterion?.querySelector<HTMLElement>('input:checked') ??
          criterion?.querySelector<HTMLElement>('input, textarea');
        if (!target) return;
        event.preventDefault();
        target.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [autosaver, editable]);

  const edit = (change: (current: FormFields) => FormFields) => {
    const next = change(fieldsRef.current);
    fieldsRef.current = next;
    setFields(next);
    keepLocalDraft(workspaceId, applicationId, { fields: next });
    autosaver.change(next);
  };

  /** Submit and reopen replace the review: the form starts over from the one answered. */
  const replaced = (review: ReviewState | null) => {
    if (review) onReview(review, true);
  };

  async function submit() {
    const flushed = await autosaver.flush();
    const blocked = submitIssues(draftOf(fieldsRef.current, rubric, key), rubric, key);
    if (blocked.length > 0 || (flushed && !flushed.ok)) {
      setShowSubmitIssues(true);
      requestAnimationFrame(() => {
        const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
        const target = invalid?.matches('input, textarea, select')
          ? invalid
          : invalid?.querySelector<HTMLElement>('input, textarea');
        target?.focus();
      });
      return;
    }
    replaced(await action.run('reviewer.submit', { applicationId }));
  }

  useEffect(() => {
    submitRef.current = submit;
  });

  const reopen = async () => replaced(await action.run('reviewer.reopen', { applicationId }));

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
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      {restored && (
        <p className="notice notice-warn" role="status">
          {t('reviewer.form.restored')}
        </p>
      )}
      {status.kind === 'saved' && unsavedIssues.length > 0 && (
        <p className="notice notice-warn" role="status">
          {t('reviewer.form.partlySaved', { count: new Set(unsavedIssues.map((issue) => issue.field)).size })}
        </p>
      )}
      {review?.content.status === 'recused' && review.content.recusal && (
        <div className="notice notice-warn">
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
      {issueCount > 0 && (
        <p className="notice notice-error" role="alert">
          {t('reviewer.form.fixBeforeSubmit', { count: issueCount })}
        </p>
      )}
      <form
        ref={formRef}
        onSubmit={(event) => event.preventDefault()}
        onBlur={() => void autosaver.flush()}
        noValidate
      >
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
                errorId={errors.id(`scores.${criterion.id}`)}
                error={errors.render(`scores.${criterion.id}`)}
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
                  errorId={errors.id(`choices.${criterion.id}`)}
                  invalid={errors.has(`choices.${criterion.id}`)}
                />
                {errors.render(`choices.${criterion.id}`)}
              </div>
            ),
          )}

          <h3>{t('reviewer.form.comments')}</h3>
          <CommentFields
            fields={rubric.comments}
            values={fields.comments}
            onChange={(field, text) =>
              edit((current) => ({ ...current, comments: { ...current.comments, [field]: text } }))
            }
            errors={errors}
          />

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
                errorId={errors.id('recommendation')}
                invalid={errors.has('recommendation')}
                className="inline"
              />
              {errors.render('recommendation')}
            </>
          )}

          {rubric.familiarityAsked && (
            <>
              <RadioGroup
                name={`${id}-familiarity`}
                legend={t('reviewer.form.familiarity')}
                options={FAMILIARITY.map((value) => ({ value, label: t(`reviewer.familiarity.${value}`) }))}
                value={fields.familiarity}
                onChange={(value) =>
                  edit((current) => ({ ...current, familiarity: value as FormFields['familiarity'] }))
                }
                errorId={errors.id('familiarity')}
                invalid={errors.has('familiarity')}
                className="inline"
              />
              {errors.render('familiarity')}
            </>
          )}

          {rubric.budgetOpinionAsked && (
            <BudgetOpinionFields
              budget={fields.budget}
              requestedTotal={detail.application.requestedTotal}
              onChange={(change) => edit((current) => ({ ...current, budget: change(current.budget) }))}
              errors={errors}
            />
          )}
        </fieldset>

        <ScoreSummary rubric={rubric} scores={check.draft.scores ?? {}} />

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
                <button type="button" disabled={busy} onClick={() => void reopen()}>
                  {t('reviewer.form.reopen')}
                </button>
                <p className="field-hint">{t('reviewer.form.reopenHint')}</p>
              </>
            )}
            <button type="button" onClick={() => window.print()}>
              {t('reviewer.print.button')}
            </button>
            {review?.content.status === 'recused' && (
              <button type="button" disabled={busy} onClick={() => void reopen()}>
                {t('reviewer.form.withdrawRecusal')}
              </button>
            )}
          </div>
        )}
      </form>
      <ReviewPrint detail={detail} check={check} />
      {recusing && (
        <RecuseDialog
          reference={detail.application.referenceNo}
          onCancel={() => setRecusing(false)}
          error={recusal.error}
          onDismissError={() => recusal.setError(null)}
          onConfirm={async (declared) => {
            await autosaver.flush();
            const review = await recusal.run('reviewer.recuse', { applicationId, recusal: declared });
            if (!review) return;
            setRecusing(false);
            onReview(review, true);
          }}
        />
      )}
    </aside>
  );
}
