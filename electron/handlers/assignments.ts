import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import {
  activeApplications,
  assignManually,
  callAssignments,
  callConflicts,
  candidateReviewers,
  deleteAssignment,
  findAssignment,
  findApplicationInCall,
  findAssignmentCall,
  findReviewerForAssignment,
  listAssignmentCalls,
  pairConflictTypes,
  replaceAssignments,
  reviewerLoad,
  setAssignmentLocked,
  type AssignmentRow,
} from '../../db/repositories/assignments';
import { applicationProfile, expertiseMatch, reviewerProfile } from '../../shared/assignment/expertise';
import { planAssignment } from '../../shared/assignment/plan';
import { solveAssignmentSteps } from '../../shared/assignment/solve';
import type { AssignmentSolution } from '../../shared/assignment/types';
import type { AssignmentCell, AutoAssignResult } from '../../shared/contract/assignments';
import { AppError } from '../../shared/errors';
import { requireAssignableCall } from '../assignment/assignable-call';
import { reviewerRulesFor } from '../assignment/reviewer-rules';
import type { HandlerContext } from '../core/context';
import type { HandlerMap } from '../core/registry';
import { callHeading } from '../core/call-heading';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function autoAssign(
  request: {
    callId: string;
    mode: 'replace-unlocked' | 'fill-gaps';
    perApplication?: number;
    minCredit?: number;
    yearCap?: number;
  },
  ctx: HandlerContext,
): Promise<AutoAssignResult> {
  const started = performance.now();
  const { db } = ctx.session.require('office');
  const call = requireAssignableCall(db, request.callId);
  if (call.status !== 'draft' && request.mode === 'replace-unlocked') {
    throw new AppError('assignment.errors.replaceAfterIssue', { call: call.code });
  }
  const applications = activeApplications(db, call.id);
  const reviewers = candidateReviewers(db, call.id);
  const assignments = callAssignments(db, call.id);
  const perApplication = request.perApplication ?? call.reviewersPerApplication;
  const plan = planAssignment({
    applications,
    perApplication,
    reviewers,
    conflicts: callConflicts(db, call.id),
    assignments,
    mode: request.mode,
    reviewerRules: reviewerRulesFor(db, call, request, ctx.services.now()),
  });

  const label = 'assignment.progress.solving';
  const steps = solveAssignmentSteps(plan.problem);
  let solution: AssignmentSolution | undefined;
  while (!solution) {
    await yieldToEventLoop();
    if (ctx.signal.aborted) throw new AppError('errors.cancelled');
    const step = steps.next();
    if (step.done) solution = step.value;
    else ctx.progress({ done: step.value.filled, total: step.value.open, label });
  }
  if (ctx.signal.aborted) throw new AppError('errors.cancelled');

  const now = ctx.services.now().toISOString();
  replaceAssignments(db, {
    callId: call.id,
    remove: plan.remove,
    add: solution.assignments,
    dueAt: call.reviewDueAt,
    now,
  });
  const byRef = new Map(applications.map((application) => [application.id, application]));
  const result: AutoAssignResult = {
    callId: call.id,
    callCode: call.code,
    wanted: perApplication * applications.length,
    kept: plan.keep.length,
    removed: plan.remove.length - plan.releasedConflicts.length,
    releasedConflicts: plan.releasedConflicts.length,
    added: solution.assignments.length,
    uncovered: solution.uncovered.map((row) => ({
      ...row,
      referenceNo: byRef.get(row.applicationId)?.referenceNo ?? '',
      title: byRef.get(row.applicationId)?.title ?? '',
    })),
    ...assignmentQuality(plan.keep, solution, applications, reviewers),
    cost: solution.cost,
    elapsedMs: Math.round(performance.now() - started),
  };
  appendAudit(db, {
    at: now,
    actor: 'local',
    action: 'assignments.auto',
    subject: call.id,
    details: {
      mode: request.mode,
      perApplication,
      ...(request.minCredit !== undefined ? { minCredit: request.minCredit } : {}),
      ...(request.yearCap !== undefined ? { yearCap: request.yearCap } : {}),
      kept: result.kept,
      removed: result.removed,
      releasedConflicts: result.releasedConflicts,
      added: result.added,
      uncovered: result.uncovered.length,
      cost: result.cost,
    },
  });
  return result;
}

function assignmentQuality(
  keep: readonly { applicationId: string; reviewerId: string }[],
  solution: AssignmentSolution,
  applications: ReturnType<typeof activeApplications>,
  reviewers: ReturnType<typeof candidateReviewers>,
): Pick<AutoAssignResult, 'meanMatch' | 'load'> {
  const appProfiles = new Map(applications.map((a) => [a.id, applicationProfile(a.keywords, a.discipline)]));
  const reviewerProfiles = new Map(reviewers.map((r) => [r.id, reviewerProfile(r.expertise)]));
  const all = [...keep, ...solution.assignments];
  let total = 0;
  for (const pair of all) {
    const application = appProfiles.get(pair.applicationId);
    const reviewer = reviewerProfiles.get(pair.reviewerId);
    if (application && reviewer) total += expertiseMatch(application, reviewer);
  }
  const loads = reviewers.filter((r) => r.maxLoad > 0).map((r) => solution.loads.get(r.id) ?? 0);
  return {
    meanMatch: all.length === 0 ? 0 : total / all.length,
    load: {
      min: loads.length === 0 ? 0 : Math.min(...loads),
      max: loads.length === 0 ? 0 : Math.max(...loads),
      mean: loads.length === 0 ? 0 : loads.reduce((sum, load) => sum + load, 0) / loads.length,
    },
  };
}

function toCell(row: AssignmentRow): AssignmentCell {
  return {
    applicationId: row.applicationId,
    reviewerId: row.reviewerId,
    status: row.status,
    locked: row.locked,
    reviewed: row.reviewed,
  };
}

function findCell(
  db: Db,
  callId: string,
  applicationId: string,
  reviewerId: string,
): AssignmentRow | undefined {
  return findAssignment(db, { callId, applicationId, reviewerId });
}

export const assignmentsHandlers: HandlerMap = {
  'assignments.calls': (_request, { session }) =>
    listAssignmentCalls(session.require('office').db).map((call) => ({
      ...callHeading(call),
      status: call.status,
      reviewersPerApplication: call.reviewersPerApplication,
      applications: call.applications,
      assigned: call.assigned,
    })),

  'assignments.matrix': (request, { session }) => {
    const { db } = session.require('office');
    const call = findAssignmentCall(db, request.callId);
    if (!call) throw new AppError('assignment.errors.callNotFound', { call: request.callId });
    const assignments = callAssignments(db, call.id);
    const inCall = new Map<string, number>();
    for (const row of assignments) {
      if (row.status === 'assigned') inCall.set(row.reviewerId, (inCall.get(row.reviewerId) ?? 0) + 1);
    }
    const conflicts = new Map<string, { applicationId: string; reviewerId: string; types: string[] }>();
    for (const row of callConflicts(db, call.id)) {
      const key = `${row.applicationId}\u0000${row.reviewerId}`;
      const entry = conflicts.get(key) ?? {
        applicationId: row.applicationId,
        reviewerId: row.reviewerId,
        types: [],
      };
      entry.types.push(row.type);
      conflicts.set(key, entry);
    }
    return {
      call: {
        ...callHeading(call),
        status: call.status,
        reviewersPerApplication: call.reviewersPerApplication,
      },
      applications: activeApplications(db, call.id),
      reviewers: candidateReviewers(db, call.id).map((reviewer) => ({
        id: reviewer.id,
        name: reviewer.name,
        institution: reviewer.institution,
        expertise: reviewer.expertise,
        languages: reviewer.languages,
        maxLoad: reviewer.maxLoad,
        load: inCall.get(reviewer.id) ?? 0,
        totalLoad: (inCall.get(reviewer.id) ?? 0) + reviewer.otherCallsLoad,
      })),
      assignments: assignments.map(toCell),
      conflicts: [...conflicts.values()],
    };
  },

  'assignments.auto': autoAssign,

  'assignments.set': (request, { session, services }) => {
    const { db } = session.require('office');
    const call = requireAssignableCall(db, request.callId);
    const application = findApplicationInCall(db, call.id, request.applicationId);
    if (!application) throw new AppError('assignment.errors.applicationNotInCall', { call: call.code });
    const reviewer = findReviewerForAssignment(db, request.reviewerId);
    if (!reviewer) throw new AppError('assignment.errors.reviewerNotFound');
    const existing = findCell(db, call.id, application.id, reviewer.id);
    const pair = { callId: call.id, applicationId: application.id, reviewerId: reviewer.id };
    const now = services.now().toISOString();
    if (request.assigned) {
      if (existing?.status === 'assigned') return { cell: toCell(existing) };
      if (application.status !== 'active') {
        throw new AppError('assignment.errors.applicationInactive', { reference: application.referenceNo });
      }
      const conflictTypes = pairConflictTypes(db, pair);
      if (conflictTypes.length > 0) {
        throw new AppError('assignment.errors.conflicted', {
          reviewer: reviewer.name,
          reference: application.referenceNo,
          types: conflictTypes.join(', '),
        });
      }
      if (existing?.status === 'recused') {
        throw new AppError('assignment.errors.recused', {
          reviewer: reviewer.name,
          reference: application.referenceNo,
        });
      }
      if (reviewerLoad(db, reviewer.id) >= reviewer.maxLoad) {
        throw new AppError('assignment.errors.overLoad', {
          reviewer: reviewer.name,
          maxLoad: reviewer.maxLoad,
        });
      }
      assignManually(db, { ...pair, dueAt: call.reviewDueAt, now });
    } else {
      if (!existing) return { cell: null };
      if (existing.reviewed) {
        throw new AppError('assignment.errors.hasReview', {
          reviewer: reviewer.name,
          reference: application.referenceNo,
        });
      }
      deleteAssignment(db, pair);
    }
    appendAudit(db, {
      at: now,
      actor: 'local',
      action: request.assigned ? 'assignments.assign' : 'assignments.unassign',
      subject: call.id,
      details: { applicationId: application.id, reviewerId: reviewer.id },
    });
    const cell = findCell(db, call.id, application.id, reviewer.id);
    return { cell: cell ? toCell(cell) : null };
  },

  'assignments.lock': (request, { session, services }) => {
    const { db } = session.require('office');
    const call = requireAssignableCall(db, request.callId);
    const pair = { callId: call.id, applicationId: request.applicationId, reviewerId: request.reviewerId };
    if (!setAssignmentLocked(db, { ...pair, locked: request.locked })) {
      throw new AppError('assignment.errors.notAssigned');
    }
    appendAudit(db, {
      at: services.now().toISOString(),
      actor: 'local',
      action: request.locked ? 'assignments.lock' : 'assignments.unlock',
      subject: call.id,
      details: { applicationId: request.applicationId, reviewerId: request.reviewerId },
    });
    return {
      cell: toCell(findCell(db, call.id, request.applicationId, request.reviewerId) as AssignmentRow),
    };
  },
};
