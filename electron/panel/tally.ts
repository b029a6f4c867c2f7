import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { insertTally, listBallots, listMembers, panelConflicts } from '../../db/repositories/panel';
import { listApplications } from '../../db/repositories/results-inputs';
import type { PanelTally } from '../../shared/contract/panel';
import { tallyPanel } from '../../shared/domain/panel';
import { activeShortlist, requirePanel } from './view';

/** The tally of a call's panel under its declared rule, applications in reference order. */
export function panelTally(db: Db, callReference: string, record: { at: string } | null): PanelTally {
  const panel = requirePanel(db, callReference);
  const references = new Map(listApplications(db, panel.callId).map((a) => [a.id, a.referenceNo]));
  const shortlist = activeShortlist(db, panel.callId);
  const rows = tallyPanel({
    rule: panel.rule,
    shortlist,
    members: listMembers(db, panel.callId),
    conflicts: panelConflicts(db, panel.callId),
    ballots: listBallots(db, panel.callId),
  });
  const tally: PanelTally = {
    rule: panel.rule,
    applications: rows.map((row) => ({
      ...row,
      application: references.get(row.applicationId) ?? row.applicationId,
    })),
  };
  if (record !== null) {
    db.transaction(() => {
      insertTally(db, panel.callId, panel.rule, tally.applications, record.at);
      appendAudit(db, {
        at: record.at,
        actor: 'officer',
        action: 'panel.tally',
        subject: panel.code,
        details: {
          rule: panel.rule,
          recommended: tally.applications.filter((a) => a.recommended).map((a) => a.application),
        },
      });
    })();
  }
  return tally;
}
