import type { Db } from '../../db/connection';
import { findWorkspaceReviewer } from '../../db/repositories/reviewer-identity';
import { findAssignedApplication, findCall, rubricOf } from '../../db/repositories/reviewer-reading';
import {
  findReview,
  writeReview,
  type ReviewKey,
  type StoredReview,
} from '../../db/repositories/reviewer-reviews';
import type { DraftPatch, DraftSaved, ReviewState } from '../../shared/contract/reviewer';
import type { Recusal, ReviewContent } from '../../shared/domain/review';
import { keepStoredField, validateReview, type ReviewIssue } from '../../shared/domain/review-validation';
import type { Rubric } from '../../shared/domain/rubric';
import { AppError } from '../../shared/errors';
import { reviewDigest } from '../core/review-digest';

/** The review a request is about, with what is needed to judge it. */
export interface ReviewTarget {
  key: ReviewKey;
  referenceNo: string;
  archived: boolean;
  rubric: Rubric;
}

export function reviewTarget(db: Db, application: string): ReviewTarget {
  const me = findWorkspaceReviewer(db);
  if (!me) throw new AppError('reviewer.errors.noIdentity');
  const found = findAssignedApplication(db, me.id, application);
  if (!found) throw new AppError('reviewer.errors.applicationNotFound', { application });
  const call = findCall(db, found.callId);
  if (!call) throw new AppError('reviewer.errors.applicationNotFound', { application });
  return {
    key: { callId: call.id, applicationId: found.id, reviewerId: me.id },
    referenceNo: found.referenceNo,
    archived: found.archived,
    rubric: rubricOf(db, call.id, call.rubricVersion),
  };
}

export function toReviewState(stored: StoredReview): ReviewState {
  return {
    ...stored,
    exported: stored.content.status !== 'draft' && stored.exportedRevision === stored.revision,
  };
}

/**
 * The revision a review gets when its content changes: revisions start at 1 and stay put while
 * nothing has been exported; the first change after an export opens exportedRevision + 1.
 */
export function revisionAfterChange(current: StoredReview | undefined): number {
  if (!current) return 1;
  if (current.exportedRevision !== null && current.revision <= current.exportedRevision) {
    return current.exportedRevision + 1;
  }
  return current.revision;
}

function emptyContent(key: ReviewKey): ReviewContent {
  return {
    ...key,
    status: 'draft',
    scores: {},
    choices: {},
    comments: {},
    recommendation: null,
    familiarity: null,
    budgetOpinion: null,
    recusal: null,
  };
}

function fieldList(issues: readonly ReviewIssue[]): string {
  return [...new Set(issues.map((issue) => issue.field))].join(', ');
}

/** Writes `content` unless it is what is stored already (same digest: no new revision, no write). */
function commit(
  db: Db,
  current: StoredReview | undefined,
  content: ReviewContent,
  now: string,
  submittedAt: string | null,
): ReviewState {
  const digest = reviewDigest(content);
  if (current && current.digest === digest) return toReviewState(current);
  const next: StoredReview = {
    content,
    revision: revisionAfterChange(current),
    digest,
    exportedRevision: current?.exportedRevision ?? null,
    updatedAt: now,
    submittedAt,
  };
  writeReview(db, next);
  return toReviewState(next);
}

function assertActive(target: ReviewTarget): void {
  if (target.archived)
    throw new AppError('reviewer.errors.applicationArchived', { reference: target.referenceNo });
}

function assertDraft(target: ReviewTarget, current: StoredReview | undefined): void {
  if (current && current.content.status !== 'draft') {
    const code = current.content.status === 'submitted' ? 'notDraft' : 'recusedNotDraft';
    throw new AppError(`reviewer.errors.${code}`, { reference: target.referenceNo });
  }
}

/**
 * Autosave: merges the patch into the draft field by field. A value the rubric does not allow keeps
 * the stored one and is reported in `rejected`; every other field is saved. One bad field never
 * holds back the rest of the draft.
 */
export function saveDraft(db: Db, target: ReviewTarget, patch: DraftPatch, now: string): DraftSaved {
  assertActive(target);
  const current = findReview(db, target.key);
  assertDraft(target, current);
  const stored = current?.content ?? emptyContent(target.key);
  const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  let content: ReviewContent = { ...stored, ...given, status: 'draft', recusal: null };
  const rejected = validateReview(target.rubric, content);
  for (const issue of rejected) content = keepStoredField(content, stored, issue.field);
  const remaining = validateReview(target.rubric, content);
  if (remaining.length > 0)
    throw new AppError('reviewer.errors.draftInvalid', { fields: fieldList(remaining) });
  return { ...commit(db, current, content, now, null), rejected };
}

/** Submits a complete draft; an incomplete one is refused naming the fields (nothing changes). */
export function submitReview(db: Db, target: ReviewTarget, now: string): ReviewState {
  assertActive(target);
  const current = findReview(db, target.key);
  if (current?.content.status === 'submitted') return toReviewState(current);
  assertDraft(target, current);
  const content: ReviewContent = { ...(current?.content ?? emptyContent(target.key)), status: 'submitted' };
  const issues = validateReview(target.rubric, content);
  if (issues.length > 0) {
    throw new AppError('reviewer.errors.incomplete', { count: issues.length, fields: fieldList(issues) });
  }
  return commit(db, current, content, now, now);
}

/** Back to draft. A recusal withdrawn leaves an empty draft. */
export function reopenReview(db: Db, target: ReviewTarget, now: string): ReviewState {
  assertActive(target);
  const current = findReview(db, target.key);
  if (!current || current.content.status === 'draft') {
    throw new AppError('reviewer.errors.notSubmitted', { reference: target.referenceNo });
  }
  const content: ReviewContent = { ...current.content, status: 'draft', recusal: null };
  return commit(db, current, content, now, null);
}

/**
 * Declares a conflict instead of scoring (回避). The review then carries only the recusal: draft
 * scores and comments are discarded so nothing of a recused review reaches the office.
 */
export function recuse(db: Db, target: ReviewTarget, recusal: Recusal, now: string): ReviewState {
  assertActive(target);
  const current = findReview(db, target.key);
  if (current?.content.status === 'submitted') {
    throw new AppError('reviewer.errors.notDraft', { reference: target.referenceNo });
  }
  const content: ReviewContent = {
    ...emptyContent(target.key),
    status: 'recused',
    recusal: { type: recusal.type, reason: recusal.reason.trim() },
  };
  const issues = validateReview(target.rubric, content);
  if (issues.length > 0) {
    throw new AppError('reviewer.errors.incomplete', { count: issues.length, fields: fieldList(issues) });
  }
  return commit(db, current, content, now, now);
}
