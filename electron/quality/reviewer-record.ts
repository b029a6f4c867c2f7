import type { Db } from '../../db/connection';
import {
  countDeclaredConflicts,
  listAnnotations,
  listCreditWeights,
  listRatings,
  listRecordAssignments,
  listRecordCalls,
  listRecordReviewers,
} from '../../db/repositories/reviewer-record';
import {
  creditWeightsSchema,
  type CreditWeights,
  type RecordCall,
  type ReviewerRecord,
} from '../../shared/contract/reviewer-record';
import {
  callRecord,
  DEFAULT_CREDIT_WEIGHTS,
  overallCredit,
  type RecordAssignment,
} from '../../shared/quality/record';
import { reviewerFigures } from '../../shared/quality/reviewers';
import { unitsOf } from '../../shared/quality/units';
import { sampleSd } from '../../shared/ranking/stats';
import { loadCallInputs } from '../results/call-inputs';
import { scoreRows } from '../results/rank-input';
import { buildViewFrom } from '../results/view';

/** The declared weights, or the defaults (all equal) while none are declared. */
export function creditWeights(db: Db): CreditWeights {
  const rows = listCreditWeights(db);
  if (rows.length === 0) return DEFAULT_CREDIT_WEIGHTS;
  return creditWeightsSchema.parse({
    ...DEFAULT_CREDIT_WEIGHTS,
    ...Object.fromEntries(rows.map((row) => [row.component, row.weight])),
  });
}

function parseComments(json: string | null): Record<string, string> {
  if (json === null) return {};
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null) return {};
  return Object.fromEntries(
    Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** Leniency (with interval) from the call's latest ranking run, agreement from its submitted scores. */
function panelFigures(db: Db, callId: string) {
  const inputs = loadCallInputs(db, callId);
  const view = buildViewFrom(db, inputs);
  const units = unitsOf(scoreRows(inputs), inputs.direction);
  const agreement = new Map(
    reviewerFigures(units, sampleSd(units.flatMap((u) => u.values))).map((r) => [r.reviewer, r.agreement]),
  );
  const leniency = new Map(view.reviewers.map((r) => [r.id, r]));
  return { agreement, leniency };
}

/** Every reviewer's record across the workspace's calls, computed from what is stored now. */
export function reviewerRecords(db: Db, now: Date): { weights: CreditWeights; reviewers: ReviewerRecord[] } {
  const weights = creditWeights(db);
  const calls = listRecordCalls(db);
  const assignments = listRecordAssignments(db);
  const conflicts = new Map(
    countDeclaredConflicts(db).map((c) => [`${c.callId}\u0000${c.reviewerId}`, c.count]),
  );
  const ratings = listRatings(db);
  const annotations = listAnnotations(db);
  const byKey = new Map<string, RecordAssignment[]>();
  for (const a of assignments) {
    const key = `${a.callId}\u0000${a.reviewerId}`;
    const list = byKey.get(key) ?? [];
    list.push({
      applicationId: a.applicationId,
      status: a.status,
      dueAt: a.dueAt,
      reviewStatus: a.reviewStatus,
      submittedAt: a.submittedAt,
      comments: parseComments(a.commentsJson),
    });
    byKey.set(key, list);
  }
  const activeCalls = calls.filter((call) => assignments.some((a) => a.callId === call.callId));
  const figures = new Map(activeCalls.map((call) => [call.callId, panelFigures(db, call.callId)]));

  const reviewers = listRecordReviewers(db).map((reviewer): ReviewerRecord => {
    const rows: RecordCall[] = [];
    for (const call of activeCalls) {
      const key = `${call.callId}\u0000${reviewer.id}`;
      const own = byKey.get(key);
      if (!own) continue;
      const panel = figures.get(call.callId);
      const lenient = panel?.leniency.get(reviewer.id);
      rows.push({
        callId: call.callId,
        code: call.code,
        title: { zh: call.titleZh, en: call.titleEn },
        ...callRecord(
          {
            assignments: own,
            declaredConflicts: conflicts.get(key) ?? 0,
            leniency: lenient?.leniency ?? null,
            leniencyCri90: lenient?.leniencyCri90 ?? null,
            agreement: panel?.agreement.get(reviewer.id) ?? null,
            ratings: ratings
              .filter((r) => r.callId === call.callId && r.reviewerId === reviewer.id)
              .map((r) => r.rating),
          },
          now,
          weights,
        ),
      });
    }
    return {
      reviewerId: reviewer.id,
      name: reviewer.name,
      institution: reviewer.institution,
      calls: rows,
      credit: overallCredit(rows, weights),
      annotations: annotations
        .filter((a) => a.reviewerId === reviewer.id)
        .map((a) => ({ id: a.id, note: a.note, createdAt: a.createdAt })),
    };
  });
  return { weights, reviewers };
}
