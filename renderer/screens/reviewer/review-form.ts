import type { DraftPatch } from '../../../shared/contract/reviewer';
import type { BudgetOpinion, ReviewContent } from '../../../shared/domain/review';
import { keepStoredField, validateReview, type ReviewIssue } from '../../../shared/domain/review-validation';
import type { Rubric } from '../../../shared/domain/rubric';

type Verdict = BudgetOpinion['verdict'];
type Familiarity = NonNullable<ReviewContent['familiarity']>;

/** What the scoring form edits. Numbers are kept as typed so "3." can be on its way to "3.5". */
export interface FormFields {
  scoreText: Record<string, string>;
  choices: Record<string, string>;
  comments: Record<string, string>;
  recommendation: string | null;
  familiarity: Familiarity | null;
  budget: { verdict: Verdict | null; amountText: string; reason: string };
}

/** Issues found before any rubric check: text that is not a number, a half-made budget opinion. */
const NOT_A_NUMBER = 'reviewer.form.notANumber';
const AMOUNT = 'reviewer.form.amountInvalid';
const VERDICT = 'reviewer.form.verdictMissing';

export function fieldsFrom(content: ReviewContent | null, rubric: Rubric): FormFields {
  const scoreText: Record<string, string> = {};
  const known = new Set(rubric.criteria.map((criterion) => criterion.id));
  for (const [id, value] of Object.entries(content?.scores ?? {}))
    if (known.has(id)) scoreText[id] = String(value);
  const choices = Object.fromEntries(Object.entries(content?.choices ?? {}).filter(([id]) => known.has(id)));
  const commentIds = new Set<string>(rubric.comments.map((field) => field.id));
  const comments = Object.fromEntries(
    Object.entries(content?.comments ?? {}).filter(([id]) => commentIds.has(id)),
  );
  const opinion = content?.budgetOpinion ?? null;
  return {
    scoreText,
    choices,
    comments,
    recommendation: content?.recommendation ?? null,
    familiarity: content?.familiarity ?? null,
    budget: {
      verdict: opinion?.verdict ?? null,
      amountText: opinion ? String(opinion.recommendedAmount) : '',
      reason: opinion?.reason ?? '',
    },
  };
}

export interface DraftCheck {
  draft: DraftPatch;
  /** Problems that keep the draft from being stored; shown next to their fields at once. */
  blocking: ReviewIssue[];
}

/** The full draft the form stands for, and why it could not be stored if it cannot. */
export function draftOf(
  fields: FormFields,
  rubric: Rubric,
  content: Pick<ReviewContent, 'callId' | 'applicationId' | 'reviewerId'>,
): DraftCheck {
  const blocking: ReviewIssue[] = [];
  const scores: Record<string, number> = {};
  for (const [id, text] of Object.entries(fields.scoreText)) {
    if (text.trim() === '') continue;
    const value = Number(text.trim().replace(',', '.'));
    if (Number.isFinite(value)) scores[id] = value;
    else blocking.push({ field: `scores.${id}`, code: NOT_A_NUMBER });
  }
  const comments = Object.fromEntries(Object.entries(fields.comments).filter(([, text]) => text !== ''));
  let budgetOpinion: BudgetOpinion | null = null;
  const { verdict, amountText, reason } = fields.budget;
  if (rubric.budgetOpinionAsked) {
    const amount = Number(amountText.trim());
    const amountOk = amountText.trim() !== '' && Number.isSafeInteger(amount) && amount >= 0;
    if (amountText.trim() !== '' && !amountOk)
      blocking.push({ field: 'budgetOpinion.recommendedAmount', code: AMOUNT });
    if (verdict === null && (amountText.trim() !== '' || reason.trim() !== '')) {
      blocking.push({ field: 'budgetOpinion.verdict', code: VERDICT });
    }
    if (verdict !== null) {
      if (!amountOk && amountText.trim() === '')
        blocking.push({ field: 'budgetOpinion.recommendedAmount', code: 'review.issues.required' });
      else if (amountOk) budgetOpinion = { verdict, recommendedAmount: amount, reason };
    }
  }
  const draft: DraftPatch = {
    scores,
    choices: fields.choices,
    comments,
    recommendation: fields.recommendation,
    familiarity: fields.familiarity,
    budgetOpinion,
  };
  const asDraft = validateReview(rubric, reviewContent(draft, content, 'draft'));
  return { draft, blocking: [...blocking, ...asDraft] };
}

/**
 * What autosave sends: the draft, with each field that cannot be stored yet (a half-typed number,
 * an over-long text) left at its last saved value, so one bad field never holds back the others.
 */
export function storablePatch(
  check: DraftCheck,
  saved: ReviewContent | null,
  key: Pick<ReviewContent, 'callId' | 'applicationId' | 'reviewerId'>,
): DraftPatch {
  let content = reviewContent(check.draft, key, 'draft');
  for (const { field } of check.blocking) content = keepStoredField(content, saved, field);
  const { scores, choices, comments, recommendation, familiarity, budgetOpinion } = content;
  return { scores, choices, comments, recommendation, familiarity, budgetOpinion };
}

export function reviewContent(
  draft: DraftPatch,
  key: Pick<ReviewContent, 'callId' | 'applicationId' | 'reviewerId'>,
  status: ReviewContent['status'],
): ReviewContent {
  return {
    callId: key.callId,
    applicationId: key.applicationId,
    reviewerId: key.reviewerId,
    status,
    scores: draft.scores ?? {},
    choices: draft.choices ?? {},
    comments: draft.comments ?? {},
    recommendation: draft.recommendation ?? null,
    familiarity: draft.familiarity ?? null,
    budgetOpinion: draft.budgetOpinion ?? null,
    recusal: null,
  };
}

/** Everything that stops a submit: the draft's own problems plus the rubric's completeness rules. */
export function submitIssues(
  check: DraftCheck,
  rubric: Rubric,
  key: Pick<ReviewContent, 'callId' | 'applicationId' | 'reviewerId'>,
): ReviewIssue[] {
  const complete = validateReview(rubric, reviewContent(check.draft, key, 'submitted'));
  const fields = new Set(check.blocking.map((issue) => issue.field));
  return [...check.blocking, ...complete.filter((issue) => !fields.has(issue.field))];
}

/** The first issue per field, for the message next to it. */
export function issuesByField(issues: readonly ReviewIssue[]): Map<string, ReviewIssue> {
  const byField = new Map<string, ReviewIssue>();
  for (const issue of issues) if (!byField.has(issue.field)) byField.set(issue.field, issue);
  return byField;
}
