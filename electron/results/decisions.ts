import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import {
  deleteDecision,
  latestRun,
  listDecisions,
  upsertDecision,
  type DecisionRow,
} from '../../db/repositories/results';
import { findCall, listApplications } from '../../db/repositories/results-inputs';
import type { DecisionOutcome, MoneySummary } from '../../shared/contract/results';
import { AppError } from '../../shared/errors';
import { checkPanelRecommendation } from '../panel/decision-gate';

export interface DecisionInput {
  applicationId: string;
  outcome: DecisionOutcome | null;
  amount: number | null;
  note: string;
}

/**
 * Records decisions in one transaction, each with an audit entry holding the previous and the new
 * decision. Validated fully first: an unknown application, a fund without an amount or an amount on
 * a not-fund refuses the whole batch.
 */
export function recordDecisions(
  db: Db,
  callReference: string,
  inputs: readonly DecisionInput[],
  at: string,
): MoneySummary {
  const call = findCall(db, callReference);
  if (!call) throw new AppError('results.errors.callNotFound', { call: callReference });
  const callId = call.id;
  const applications = new Map(listApplications(db, callId).map((a) => [a.id, a]));
  const seen = new Set<string>();
  for (const input of inputs) {
    const application = applications.get(input.applicationId);
    if (!application)
      throw new AppError('results.errors.applicationNotFound', { application: input.applicationId });
    if (seen.has(input.applicationId)) {
      throw new AppError('results.errors.duplicateDecision', { application: application.referenceNo });
    }
    seen.add(input.applicationId);
    if (input.outcome === 'fund' && input.amount === null) {
      throw new AppError('results.errors.amountRequired', { application: application.referenceNo });
    }
    if (input.outcome === 'not-fund' && input.amount !== null) {
      throw new AppError('results.errors.amountOnNotFund', { application: application.referenceNo });
    }
  }
  const panelOverrides = checkPanelRecommendation(
    db,
    callId,
    inputs,
    (id) => applications.get(id)?.referenceNo ?? id,
  );
  const previous = new Map(listDecisions(db, callId).map((row) => [row.applicationId, row]));
  const runId = latestRun(db, callId)?.id ?? null;
  db.transaction(() => {
    for (const input of inputs) {
      const before = previous.get(input.applicationId) ?? null;
      if (input.outcome === null) {
        if (!deleteDecision(db, callId, input.applicationId)) continue;
      } else {
        upsertDecision(db, callId, {
          applicationId: input.applicationId,
          outcome: input.outcome,
          amount: input.amount,
          note: input.note,
          runId,
          decidedAt: at,
        });
      }
      appendAudit(db, {
        at,
        actor: 'local',
        action: 'results.decide',
        subject: input.applicationId,
        details: {
          callId,
          referenceNo: applications.get(input.applicationId)?.referenceNo ?? '',
          before: before && { outcome: before.outcome, amount: before.amount, note: before.note },
          after:
            input.outcome === null
              ? null
              : { outcome: input.outcome, amount: input.amount, note: input.note },
          runId,
          ...(panelOverrides.has(input.applicationId) ? { panelOverride: true } : {}),
        },
      });
    }
  })();
  return moneySummary(call.budgetEnvelope, applications.size, listDecisions(db, callId));
}

/** Money committed (fund) and held (reserve) against the call's envelope, and decision counts. */
export function moneySummary(
  envelope: number | null,
  applicationCount: number,
  decisions: readonly Pick<DecisionRow, 'outcome' | 'amount'>[],
): MoneySummary {
  let committed = 0;
  let reserved = 0;
  let funded = 0;
  let reserve = 0;
  let notFunded = 0;
  for (const decision of decisions) {
    if (decision.outcome === 'fund') {
      funded += 1;
      committed += decision.amount ?? 0;
    } else if (decision.outcome === 'reserve') {
      reserve += 1;
      reserved += decision.amount ?? 0;
    } else notFunded += 1;
  }
  return {
    envelope,
    committed,
    reserved,
    remaining: envelope === null ? null : envelope - committed,
    funded,
    reserve,
    notFunded,
    undecided: Math.max(0, applicationCount - decisions.length),
  };
}
