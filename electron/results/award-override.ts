import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { deleteOverride, upsertOverride } from '../../db/repositories/results';
import { AppError } from '../../shared/errors';
import { computeAwards, type AwardData } from './awards';
import { loadCallInputs } from './call-inputs';

/** Sets (with a reason) or clears the officer's award for one application; audit-logged. */
export function overrideAward(
  db: Db,
  request: { callId: string; applicationId: string; override: { amount: number; reason: string } | null },
  at: string,
): AwardData {
  const before = loadCallInputs(db, request.callId);
  const application = before.applications.find((a) => a.id === request.applicationId);
  if (!application)
    throw new AppError('results.errors.applicationNotFound', { application: request.applicationId });
  const previous = computeAwards(before).get(application.id);
  db.transaction(() => {
    if (request.override === null) deleteOverride(db, before.call.id, application.id);
    else
      upsertOverride(db, before.call.id, { applicationId: application.id, ...request.override, setAt: at });
    appendAudit(db, {
      at,
      actor: 'local',
      action: 'results.award.override',
      subject: application.id,
      details: {
        callId: before.call.id,
        referenceNo: application.referenceNo,
        before: previous ? { amount: previous.amount, basis: previous.basis } : null,
        override: request.override,
      },
    });
  })();
  const award = computeAwards(loadCallInputs(db, request.callId)).get(application.id);
  if (!award)
    throw new AppError('results.errors.applicationNotFound', { application: request.applicationId });
  return award;
}
