import type { PanelView } from '../../../../shared/contract/panel';
import type { ResultsView } from '../../../../shared/contract/results';
import { pickShortlist, type ShortlistSource } from '../../../../shared/domain/panel';

export type ShortlistFrom = 'top-n' | 'funded-and-lottery' | 'keep';

export interface ShortlistChange {
  applicationId: string;
  reason: string;
}

export interface DraftRow {
  applicationId: string;
  source: ShortlistSource;
  reason: string;
  removedReason: string | null;
  /** Not saved yet: an addition or a removal made in this form. */
  pending: 'added' | 'removed' | null;
}

/**
 * The shortlist the set-up will store, in the order the office's set-up builds it: the base (from
 * the ranking, or the stored shortlist), then the additions, then the removals.
 */
export function draftShortlist(input: {
  from: ShortlistFrom;
  n: number;
  results: ResultsView;
  stored: PanelView['shortlist'] | null;
  add: readonly ShortlistChange[];
  remove: readonly ShortlistChange[];
}): DraftRow[] {
  const rows = new Map<string, DraftRow>();
  if (input.from === 'keep') {
    for (const row of input.stored ?? []) {
      rows.set(row.applicationId, {
        applicationId: row.applicationId,
        source: row.source,
        reason: row.reason,
        removedReason: row.removedReason,
        pending: null,
      });
    }
  } else if (input.results.run !== null) {
    const from = input.from === 'top-n' ? { from: 'top-n' as const, n: input.n } : { from: input.from };
    for (const pick of pickShortlist(input.results.applications, from)) {
      rows.set(pick.id, {
        applicationId: pick.id,
        source: pick.source,
        reason: '',
        removedReason: null,
        pending: null,
      });
    }
  }
  for (const addition of input.add) {
    rows.set(addition.applicationId, {
      applicationId: addition.applicationId,
      source: 'manual',
      reason: addition.reason,
      removedReason: null,
      pending: 'added',
    });
  }
  for (const removal of input.remove) {
    const row = rows.get(removal.applicationId);
    if (row) rows.set(removal.applicationId, { ...row, removedReason: removal.reason, pending: 'removed' });
  }
  return [...rows.values()];
}
