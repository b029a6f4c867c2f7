import type { Db } from '../../db/connection';
import { listApplications } from '../../db/repositories/results-inputs';
import {
  findPanel,
  listBallots,
  listConsensus,
  listMembers,
  listSchedule,
  listShortlist,
  panelConflicts,
  type PanelRow,
} from '../../db/repositories/panel';
import { listReviewers } from '../../db/repositories/reviewers';
import type { PanelView } from '../../shared/contract/panel';
import { AppError } from '../../shared/errors';
import { requireCall } from '../handlers/office-support';

/** The call's panel, or a translated refusal when it has none. */
export function requirePanel(db: Db, callReference: string): PanelRow & { code: string } {
  const call = requireCall(db, callReference);
  const panel = findPanel(db, call.id);
  if (!panel) throw new AppError('panel.errors.noPanel', { call: call.code });
  return { ...panel, code: call.code };
}

export function panelView(db: Db, callReference: string): PanelView {
  const panel = requirePanel(db, callReference);
  const references = new Map(listApplications(db, panel.callId).map((a) => [a.id, a.referenceNo]));
  const members = listMembers(db, panel.callId);
  const conflicts = panelConflicts(db, panel.callId);
  const consensus = new Map(listConsensus(db, panel.callId).map((row) => [row.applicationId, row]));
  const registry = new Map(listReviewers(db).map((r) => [r.id, r]));
  return {
    callId: panel.callId,
    minMembers: panel.minMembers,
    rule: panel.rule,
    requiresRecommendation: panel.requiresRecommendation,
    shortlist: listShortlist(db, panel.callId).map((row) => {
      const latest = consensus.get(row.applicationId);
      return {
        ...row,
        referenceNo: references.get(row.applicationId) ?? row.applicationId,
        conflictedMembers: members.filter((m) => conflicts.has(`${row.applicationId}:${m}`)),
        consensus: latest
          ? {
              revision: latest.revision,
              state: latest.state,
              text: latest.text,
              author: latest.author,
              savedAt: latest.savedAt,
            }
          : null,
      };
    }),
    members: members.map((id) => ({
      id,
      name: registry.get(id)?.name ?? id,
      institution: registry.get(id)?.institution ?? '',
    })),
    schedule: listSchedule(db, panel.callId),
    ballots: listBallots(db, panel.callId).length,
  };
}

/** Application ids on the shortlist and not removed. */
export function activeShortlist(db: Db, callId: string): string[] {
  return listShortlist(db, callId)
    .filter((row) => row.removedReason === null)
    .map((row) => row.applicationId);
}
