import type { Db } from '../../db/connection';
import { findWorkspaceReviewer } from '../../db/repositories/reviewer-identity';
import { listReviewerPackages } from '../../db/repositories/reviewer-packages';
import {
  attachmentsOf,
  budgetLinesOf,
  findChallenge,
  findCall,
  listAssignedApplications,
  listCalls,
  rubricOf,
} from '../../db/repositories/reviewer-reading';
import { findReview, listReviews, type StoredReview } from '../../db/repositories/reviewer-reviews';
import type { ResponseOf } from '../../shared/contract';
import type { ApplicationDetail, InboxItem, InboxState } from '../../shared/contract/reviewer';
import { overallScore, scoredCriteria } from '../../shared/domain/review-score';
import type { Rubric } from '../../shared/domain/rubric';
import { AppError } from '../../shared/errors';
import { reviewTarget, toReviewState } from './reviews';
import { callHeading } from '../core/call-heading';

function inboxState(review: StoredReview | undefined): InboxState {
  if (!review) return 'not-started';
  const { status } = review.content;
  if (status !== 'draft' && review.exportedRevision === review.revision) return 'exported';
  return status;
}

/**
 * Every assigned application with where its review stands; archived ones only if reviewed. An
 * application's due date is its assignment's, else its call's; it is overdue when that moment has
 * passed by `now` (the injected clock) and its review is neither submitted nor recused.
 */
export function inboxView(db: Db, now: Date): ResponseOf<'reviewer.inbox'> {
  const asOf = now.toISOString();
  const me = findWorkspaceReviewer(db);
  if (!me) return { reviewer: null, calls: [], items: [], asOf };
  const packages = new Map(listReviewerPackages(db).map((pkg) => [pkg.callId, pkg]));
  const calls = listCalls(db).filter((call) => packages.has(call.id));
  const rubrics = new Map<string, Rubric>(
    calls.map((call) => [call.id, rubricOf(db, call.id, call.rubricVersion)]),
  );
  const blind = new Set(calls.filter((call) => call.reviewMode === 'blind').map((call) => call.id));
  const callDue = new Map(calls.map((call) => [call.id, call.dueAt]));
  const reviews = new Map(listReviews(db, me.id).map((review) => [review.content.applicationId, review]));
  const items: InboxItem[] = [];
  for (const application of listAssignedApplications(db, me.id)) {
    const rubric = rubrics.get(application.callId);
    const review = reviews.get(application.id);
    if (!rubric || (application.archived && !review)) continue;
    const state = inboxState(review);
    const dueAt = application.dueAt ?? callDue.get(application.callId) ?? null;
    items.push({
      applicationId: application.id,
      callId: application.callId,
      referenceNo: application.referenceNo,
      title: application.title,
      discipline: application.discipline,
      keywords: application.keywords,
      applicant: blind.has(application.callId)
        ? null
        : { piName: application.piName, institution: application.institution },
      requestedTotal: application.requestedTotal,
      dueAt,
      overdue:
        dueAt !== null &&
        Date.parse(dueAt) < now.getTime() &&
        !application.archived &&
        (state === 'not-started' || state === 'draft'),
      state,
      recused: review?.content.status === 'recused',
      revision: review?.revision ?? null,
      updatedAt: review?.updatedAt ?? null,
      overall:
        review && review.content.status !== 'recused' ? overallScore(rubric, review.content.scores) : null,
      scores: review?.content.scores ?? {},
      recommendation: review?.content.recommendation ?? null,
      archived: application.archived,
    });
  }
  return {
    reviewer: { id: me.id, name: me.name, institution: me.institution },
    calls: calls.map((call) => {
      const pkg = packages.get(call.id);
      const rubric = rubrics.get(call.id);
      return {
        ...callHeading(call),
        category: call.category,
        reviewMode: call.reviewMode,
        dueAt: call.dueAt,
        packageVersion: pkg?.packageVersion ?? 0,
        issuedAt: pkg?.issuedAt ?? '',
        officeName: pkg?.officeName ?? '',
        criteria: rubric ? scoredCriteria(rubric).map(({ id, label }) => ({ id, label })) : [],
        recommendations: (rubric?.recommendations ?? []).map(({ id, label }) => ({ id, label })),
      };
    }),
    items,
    asOf,
  };
}

/** One application to read and score: its metadata, budget, attachments, rubric and review. */
export function applicationView(db: Db, ref: string): ApplicationDetail {
  const target = reviewTarget(db, ref);
  const application = listAssignedApplications(db, target.key.reviewerId).find(
    (candidate) => candidate.id === target.key.applicationId,
  );
  const call = findCall(db, target.key.callId);
  if (!application || !call) throw new AppError('reviewer.errors.applicationNotFound', { application: ref });
  const challenge = application.challengeId ? findChallenge(db, application.challengeId) : undefined;
  const review = findReview(db, target.key);
  return {
    application: {
      id: application.id,
      referenceNo: application.referenceNo,
      title: application.title,
      abstract: application.abstract,
      keywords: application.keywords,
      discipline: application.discipline,
      challenge: challenge
        ? { code: challenge.code, title: { zh: challenge.titleZh, en: challenge.titleEn } }
        : null,
      applicant:
        call.reviewMode === 'blind'
          ? null
          : {
              piName: application.piName,
              institution: application.institution,
              email: application.email,
              team: application.team,
            },
      durationMonths: application.durationMonths,
      requestedTotal: application.requestedTotal,
      budgetLines: budgetLinesOf(db, application.id),
      attachments: attachmentsOf(db, application.id),
      archived: application.archived,
      dueAt: application.dueAt,
    },
    call: {
      ...callHeading(call),
      category: call.category,
      reviewMode: call.reviewMode,
      rubricVersion: call.rubricVersion,
      rubric: target.rubric,
    },
    review: review ? toReviewState(review) : null,
  };
}
