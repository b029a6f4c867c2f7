import type { Db } from '../../db/connection';
import { findPanel } from '../../db/repositories/panel';
import { AppError } from '../../shared/errors';
import { panelTally } from './tally';

/**
 * When the call requires a panel recommendation for funding, a fund decision on an application the
 * panel did not recommend needs a reason (the decision's note). Returns the ids funded against the
 * panel, for the audit entry; throws before anything is written.
 */
export function checkPanelRecommendation(
  db: Db,
  callId: string,
  inputs: readonly { applicationId: string; outcome: string | null; note: string }[],
  referenceOf: (applicationId: string) => string,
): Set<string> {
  const panel = findPanel(db, callId);
  const overridden = new Set<string>();
  if (!panel?.requiresRecommendation) return overridden;
  const recommended = new Set(
    panelTally(db, callId, null)
      .applications.filter((row) => row.recommended)
      .map((row) => row.applicationId),
  );
  for (const input of inputs) {
    if (input.outcome !== 'fund' || recommended.has(input.applicationId)) continue;
    if (input.note.trim() === '') {
      throw new AppError('panel.errors.recommendationRequired', {
        application: referenceOf(input.applicationId),
      });
    }
    overridden.add(input.applicationId);
  }
  return overridden;
}
