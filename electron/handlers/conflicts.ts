import { appendAudit } from '../../db/repositories/audit-log';
import { getApplication } from '../../db/repositories/applications';
import {
  assignedConflictCount,
  conflictCountsByType,
  deleteManualConflict,
  listConflicts,
  setConflictWaiver,
  upsertManualConflict,
} from '../../db/repositories/conflicts';
import type { Db } from '../../db/connection';
import type { ConflictRow, ConflictType } from '../../shared/contract/conflicts';
import { getReviewer } from '../../db/repositories/reviewers';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../core/registry';
import { officeDb, redetectConflicts, requireCall, requireOpenCall } from './office-support';
import { compareText } from '../../shared/text/collate';

/** The conflict as listed now; refused when the application or that detected conflict is unknown. */
function detectedConflict(
  db: Db,
  pair: { applicationId: string; reviewerId: string; type: ConflictType },
): ConflictRow {
  const application = getApplication(db, pair.applicationId);
  if (!application) throw new AppError('office.applications.errors.notFound', { id: pair.applicationId });
  requireOpenCall(db, application.callId);
  const row = listConflicts(db, { callId: application.callId, ...pair })[0];
  if (!row) throw new AppError('office.conflicts.errors.notFound');
  if (row.source !== 'auto') throw new AppError('office.conflicts.errors.notWaivable');
  return row;
}

/** Waives (`reason` given) or reinstates a detected conflict, audited in the same transaction. */
function changeWaiver(
  db: Db,
  now: string,
  pair: { applicationId: string; reviewerId: string; type: ConflictType },
  reason: string | null,
): ConflictRow {
  const before = detectedConflict(db, pair);
  if (reason === null && before.waiver === null) throw new AppError('office.conflicts.errors.notWaived');
  db.transaction(() => {
    setConflictWaiver(db, pair, reason === null ? null : { reason, at: now });
    appendAudit(db, {
      at: now,
      actor: 'officer',
      action: reason === null ? 'conflicts.unwaive' : 'conflicts.waive',
      subject: `${before.referenceNo}:${pair.reviewerId}`,
      details: {
        referenceNo: before.referenceNo,
        reviewer: before.reviewerName,
        type: pair.type,
        ...(reason === null ? { waivedReason: before.waiver?.reason ?? '' } : { reason }),
      },
    });
  })();
  return detectedConflict(db, pair);
}

export const conflictsHandlers: HandlerMap = {
  'conflicts.detect': (request, { services, session }) => {
    const db = session.require('office').db;
    const call = requireOpenCall(db, request.callId);
    const now = services.now();
    return db.transaction(() => {
      const { added, removed } = redetectConflicts(db, call.id, now);
      const byType = conflictCountsByType(db, call.id);
      const total = Object.values(byType).reduce((sum, count) => sum + count, 0);
      appendAudit(db, {
        at: now.toISOString(),
        actor: 'officer',
        action: 'conflicts.detect',
        subject: call.code,
        details: { added, removed, total },
      });
      return {
        total,
        added,
        removed,
        byType,
        assignedConflicts: assignedConflictCount(db, call.id),
      };
    })();
  },

  'conflicts.list': (request, ctx) => {
    const db = officeDb(ctx);
    const call = requireCall(db, request.callId);
    // Reference numbers naturally (N-2 < N-10), reviewers by pinyin: SQLite can do neither.
    return listConflicts(db, { ...request, callId: call.id }).sort(
      (a, b) => compareText(a.referenceNo, b.referenceNo) || compareText(a.reviewerName, b.reviewerName),
    );
  },

  'conflicts.add': (request, { services, session }) => {
    const db = session.require('office').db;
    const call = requireOpenCall(db, request.callId);
    const application = getApplication(db, request.applicationId);
    if (!application || application.callId !== call.id)
      throw new AppError('office.applications.errors.notFound', { id: request.applicationId });
    if (!getReviewer(db, request.reviewerId))
      throw new AppError('office.reviewers.errors.notFound', { id: request.reviewerId });
    const now = services.now().toISOString();
    db.transaction(() => {
      upsertManualConflict(db, { ...request, now });
      appendAudit(db, {
        at: now,
        actor: 'officer',
        action: 'conflicts.add',
        subject: `${application.referenceNo}:${request.reviewerId}`,
        details: { reason: request.reason },
      });
    })();
    const row = listConflicts(db, {
      callId: call.id,
      applicationId: request.applicationId,
      reviewerId: request.reviewerId,
      type: 'manual',
    })[0];
    if (!row) throw new AppError('office.conflicts.errors.notFound');
    return row;
  },

  'conflicts.waive': (request, { services, session }) => {
    const { reason, ...pair } = request;
    return changeWaiver(session.require('office').db, services.now().toISOString(), pair, reason);
  },

  'conflicts.unwaive': (request, { services, session }) =>
    changeWaiver(session.require('office').db, services.now().toISOString(), request, null),

  'conflicts.remove': (request, { services, session }) => {
    const db = session.require('office').db;
    const removed = db.transaction(() => {
      const done = deleteManualConflict(db, request.applicationId, request.reviewerId);
      if (done)
        appendAudit(db, {
          at: services.now().toISOString(),
          actor: 'officer',
          action: 'conflicts.remove',
          subject: `${request.applicationId}:${request.reviewerId}`,
        });
      return done;
    })();
    return { removed };
  },
};
