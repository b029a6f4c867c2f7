import type { z } from 'zod';
import type { Db } from '../../db/connection';
import { applicantFacts } from '../../db/repositories/applications';
import { appendAudit } from '../../db/repositories/audit-log';
import { conflictedPairs } from '../../db/repositories/conflicts';
import {
  findPanel,
  listShortlist,
  replaceMembers,
  replacePanelConflicts,
  upsertPanel,
  replaceShortlist,
  type ShortlistRow,
} from '../../db/repositories/panel';
import { reviewerFacts } from '../../db/repositories/reviewers';
import type { panelSetupSchema } from '../../shared/contract/panel';
import { detectConflicts } from '../../shared/domain/conflict-detection';
import { DEFAULT_PANEL_RULE, panelMinMembersFor, pickShortlist } from '../../shared/domain/panel';
import { AppError } from '../../shared/errors';
import { buildView } from '../results/view';
import { requireOpenCall } from '../handlers/office-support';

export type PanelSetupRequest = z.output<typeof panelSetupSchema>;

/**
 * Sets up (or redoes) a call's panel in one transaction, audited:
 * - the shortlist from the latest ranking (top N by rank, or the funded and lottery groups), or the
 *   stored one (`keep`); then manual additions and removals, each with its reason;
 * - the members, from the reviewer registry, at least the minimum (the template's default);
 * - the member conflicts (回避) per shortlisted application: those recorded for the call plus those
 *   detection finds now, so a collaborator declared since mail review is caught.
 */
export function setupPanel(db: Db, request: PanelSetupRequest, now: string): string {
  const call = requireOpenCall(db, request.callId);
  const view = buildView(db, call.id);
  const applications = new Map(view.applications.map((a) => [a.id, a]));
  const registry = new Map(reviewerFacts(db).map((r) => [r.id, r]));
  for (const id of request.members) {
    if (!registry.has(id)) throw new AppError('panel.errors.memberNotFound', { id });
  }
  const members = [...new Set(request.members)];
  const minMembers = request.minMembers ?? panelMinMembersFor(call.template);
  if (members.length < minMembers) {
    throw new AppError('panel.errors.tooFewMembers', { count: members.length, min: minMembers });
  }
  for (const change of [...request.add, ...request.remove]) {
    if (!applications.has(change.applicationId)) {
      throw new AppError('panel.errors.applicationNotFound', { application: change.applicationId });
    }
  }

  const shortlist = new Map<string, ShortlistRow>();
  if (request.shortlist.from === 'keep') {
    for (const row of listShortlist(db, call.id)) shortlist.set(row.applicationId, row);
  } else {
    if (view.run === null) throw new AppError('results.errors.noRun');
    const picked = pickShortlist(view.applications, request.shortlist);
    for (const pick of picked) {
      shortlist.set(pick.id, {
        applicationId: pick.id,
        source: pick.source,
        reason: '',
        removedReason: null,
      });
    }
  }
  for (const addition of request.add) {
    shortlist.set(addition.applicationId, {
      applicationId: addition.applicationId,
      source: 'manual',
      reason: addition.reason,
      removedReason: null,
    });
  }
  for (const removal of request.remove) {
    const entry = shortlist.get(removal.applicationId);
    if (!entry) throw new AppError('panel.errors.notShortlisted', { application: removal.applicationId });
    shortlist.set(removal.applicationId, { ...entry, removedReason: removal.reason });
  }

  const active = [...shortlist.values()]
    .filter((row) => row.removedReason === null)
    .map((r) => r.applicationId);
  const conflicts = memberConflicts(db, call.id, active, members);
  const previous = findPanel(db, call.id);
  db.transaction(() => {
    upsertPanel(
      db,
      {
        callId: call.id,
        minMembers,
        rule: previous?.rule ?? DEFAULT_PANEL_RULE,
        requiresRecommendation: request.requiresRecommendation,
      },
      now,
    );
    replaceShortlist(db, call.id, [...shortlist.values()]);
    replaceMembers(db, call.id, members);
    replacePanelConflicts(db, call.id, conflicts);
    appendAudit(db, {
      at: now,
      actor: 'officer',
      action: 'panel.setup',
      subject: call.code,
      details: {
        shortlist: request.shortlist,
        added: request.add,
        removed: request.remove,
        members,
        minMembers,
        requiresRecommendation: request.requiresRecommendation,
        shortlisted: active.length,
        conflicts: conflicts.length,
      },
    });
  })();
  return call.id;
}

/** Recorded conflicts of the call plus those detection finds now, limited to members × shortlist. */
function memberConflicts(
  db: Db,
  callId: string,
  shortlist: readonly string[],
  members: readonly string[],
): { applicationId: string; reviewerId: string }[] {
  const wanted = new Set(shortlist);
  const memberSet = new Set(members);
  const recorded = conflictedPairs(db, callId);
  const pairs = new Set<string>();
  for (const applicationId of shortlist) {
    for (const member of members) {
      if (recorded.has(`${applicationId}:${member}`)) pairs.add(`${applicationId}:${member}`);
    }
  }
  const applicants = applicantFacts(db, callId).filter((a) => wanted.has(a.id));
  const reviewers = reviewerFacts(db).filter((r) => memberSet.has(r.id));
  for (const found of detectConflicts(applicants, reviewers))
    pairs.add(`${found.applicationId}:${found.reviewerId}`);
  return [...pairs].sort().map((pair) => {
    const [applicationId = '', reviewerId = ''] = pair.split(':');
    return { applicationId, reviewerId };
  });
}
