import {
  currentRubricJson,
  listApplicationProgress,
  listCallProgress,
  listChase,
  listConflicts,
  listConflictVersions,
  listRecusals,
  listReviewerProgress,
  type CallProgressRow,
  workflowCounts,
} from '../../db/repositories/dashboard';
import { nextStep } from '../../shared/domain/next-step';
import { reviewContentSchema } from '../../shared/domain/review';
import { rubricSchema } from '../../shared/domain/rubric';
import { AppError } from '../../shared/errors';
import { parseJsonText } from '../../shared/json/parse';
import type { HandlerMap } from '../core/registry';

const toCall = ({ titleZh, titleEn, ...row }: CallProgressRow) => ({
  ...row,
  title: { zh: titleZh, en: titleEn },
});

export const dashboardHandlers: HandlerMap = {
  'dashboard.nextStep': (_request, { session }) => {
    const counts = workflowCounts(session.require('office').db);
    return { step: nextStep(counts), callCode: counts.call?.code ?? null };
  },
  'dashboard.calls': (_request, { session, services }) =>
    listCallProgress(session.require('office').db, services.now().toISOString()).map(toCall),
  'dashboard.call': ({ callId }, { session, services }) => {
    const { db } = session.require('office');
    const now = services.now().toISOString();
    const [call] = listCallProgress(db, now, callId);
    if (!call) throw new AppError('merge.dashboard.errors.unknownCall', { callId });
    return {
      call: toCall(call),
      reviewers: listReviewerProgress(db, now, callId),
      applications: listApplicationProgress(db, now, callId),
      chase: listChase(db, now, callId),
      recusals: listRecusals(db, callId),
      conflicts: listConflicts(db, callId),
    };
  },
  'dashboard.conflict': (request, { session }) => {
    const { db } = session.require('office');
    const found = listConflictVersions(db, request);
    if (!found || found.versions.length === 0) throw new AppError('merge.dashboard.errors.noSuchReview');
    const rubricJson = currentRubricJson(db, request.callId);
    const rubric = rubricJson === undefined ? null : rubricSchema.safeParse(parseJsonText(rubricJson));
    const labels = rubric?.success ? rubric.data : { criteria: [], recommendations: [] };
    return {
      referenceNo: found.referenceNo,
      reviewerName: found.reviewerName,
      criteria: labels.criteria.map(({ id, label }) => ({ id, label })),
      recommendations: labels.recommendations.map(({ id, label }) => ({ id, label })),
      versions: found.versions.map((version) => ({
        revision: version.revision,
        digest: version.digest,
        current: version.current === 1,
        receivedAt: version.receivedAt,
        content: reviewContentSchema.parse(parseJsonText(version.contentJson)),
      })),
    };
  },
};
