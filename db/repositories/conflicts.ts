import { conflictTypeSchema, type ConflictRow, type ConflictType } from '../../shared/contract/conflicts';
import type { Db } from '../connection';

/** A conflict found by detection (source `auto`). */
export interface DetectedConflict {
  applicationId: string;
  reviewerId: string;
  type: Extract<ConflictType, 'same-institution' | 'collaborator' | 'self'>;
  reason: string;
}

const pairKey = (applicationId: string, reviewerId: string) => `${applicationId}:${reviewerId}`;

/**
 * Every (application, reviewer) pair of a call that may never be assigned, whatever the type or
 * source of the conflict, as `${applicationId}:${reviewerId}`. Waived conflicts do not count.
 */
export function conflictedPairs(db: Db, callId: string): Set<string> {
  const rows = db
    .prepare(
      `SELECT DISTINCT k.application_id, k.reviewer_id FROM conflicts k
       JOIN applications a ON a.id = k.application_id WHERE a.call_id = ? AND k.waived_at IS NULL`,
    )
    .all(callId) as { application_id: string; reviewer_id: string }[];
  return new Set(rows.map((row) => pairKey(row.application_id, row.reviewer_id)));
}

/**
 * Makes the call's `auto` conflicts exactly `detected`, keeping the creation time of those that
 * stay; officer and reviewer conflicts are untouched. Returns how many were added and removed.
 */
export function replaceAutoConflicts(
  db: Db,
  callId: string,
  detected: readonly DetectedConflict[],
  now: string,
): { added: number; removed: number } {
  const existing = db
    .prepare(
      `SELECT k.application_id, k.reviewer_id, k.type, k.reason FROM conflicts k
       JOIN applications a ON a.id = k.application_id WHERE a.call_id = ? AND k.source = 'auto'`,
    )
    .all(callId) as { application_id: string; reviewer_id: string; type: string; reason: string }[];
  const key = (applicationId: string, reviewerId: string, type: string) =>
    `${applicationId}:${reviewerId}:${type}`;
  const wanted = new Map(
    detected.map((conflict) => [key(conflict.applicationId, conflict.reviewerId, conflict.type), conflict]),
  );
  const remove = db.prepare(
    "DELETE FROM conflicts WHERE application_id = ? AND reviewer_id = ? AND type = ? AND source = 'auto'",
  );
  const update = db.prepare(
    "UPDATE conflicts SET reason = ? WHERE application_id = ? AND reviewer_id = ? AND type = ? AND source = 'auto'",
  );
  let removed = 0;
  const present = new Set<string>();
  for (const row of existing) {
    const id = key(row.application_id, row.reviewer_id, row.type);
    const conflict = wanted.get(id);
    if (!conflict) {
      remove.run(row.application_id, row.reviewer_id, row.type);
      removed += 1;
      continue;
    }
    present.add(id);
    // The names behind a conflict may be respelled; only then does its reason change.
    if (conflict.reason !== row.reason)
      update.run(conflict.reason, row.application_id, row.reviewer_id, row.type);
  }
  // An officer may already have recorded the same pair and type by hand; that record stays.
  const insert = db.prepare(
    `INSERT INTO conflicts (application_id, reviewer_id, type, reason, source, created_at)
     VALUES (?, ?, ?, ?, 'auto', ?) ON CONFLICT (application_id, reviewer_id, type) DO NOTHING`,
  );
  let added = 0;
  for (const [id, conflict] of wanted) {
    if (present.has(id)) continue;
    added += insert.run(
      conflict.applicationId,
      conflict.reviewerId,
      conflict.type,
      conflict.reason,
      now,
    ).changes;
  }
  return { added, removed };
}

export interface ConflictFilter {
  callId: string;
  type?: ConflictType;
  applicationId?: string;
  reviewerId?: string;
}

export function listConflicts(db: Db, filter: ConflictFilter): ConflictRow[] {
  const where = ['a.call_id = @callId'];
  if (filter.type) where.push('k.type = @type');
  if (filter.applicationId) where.push('k.application_id = @applicationId');
  if (filter.reviewerId) where.push('k.reviewer_id = @reviewerId');
  const rows = db
    .prepare(
      `SELECT k.application_id, a.reference_no, a.title, k.reviewer_id, r.name AS reviewer_name, k.type, k.reason,
         k.source, k.created_at, k.waived_reason, k.waived_at,
         EXISTS (SELECT 1 FROM assignments s WHERE s.application_id = k.application_id
                 AND s.reviewer_id = k.reviewer_id AND s.status = 'assigned') AS assigned
       FROM conflicts k JOIN applications a ON a.id = k.application_id JOIN reviewers r ON r.id = k.reviewer_id
       WHERE ${where.join(' AND ')} ORDER BY a.reference_no, r.name, k.type`,
    )
    .all({
      callId: filter.callId,
      type: filter.type ?? null,
      applicationId: filter.applicationId ?? null,
      reviewerId: filter.reviewerId ?? null,
    }) as {
    application_id: string;
    reference_no: string;
    title: string;
    reviewer_id: string;
    reviewer_name: string;
    type: string;
    reason: string;
    source: string;
    created_at: string;
    waived_reason: string | null;
    waived_at: string | null;
    assigned: number;
  }[];
  return rows.map((row) => ({
    applicationId: row.application_id,
    referenceNo: row.reference_no,
    title: row.title,
    reviewerId: row.reviewer_id,
    reviewerName: row.reviewer_name,
    type: conflictTypeSchema.parse(row.type),
    reason: row.reason,
    source: row.source === 'officer' || row.source === 'reviewer' ? row.source : 'auto',
    createdAt: row.created_at,
    waiver: row.waived_at === null ? null : { reason: row.waived_reason ?? '', waivedAt: row.waived_at },
    assigned: row.assigned === 1,
  }));
}

/** Records an officer's conflict; a second one for the same pair replaces the reason. */
export function upsertManualConflict(
  db: Db,
  conflict: { applicationId: string; reviewerId: string; reason: string; now: string },
): void {
  db.prepare(
    `INSERT INTO conflicts (application_id, reviewer_id, type, reason, source, created_at)
     VALUES (?, ?, 'manual', ?, 'officer', ?)
     ON CONFLICT (application_id, reviewer_id, type) DO UPDATE SET reason = excluded.reason`,
  ).run(conflict.applicationId, conflict.reviewerId, conflict.reason, conflict.now);
}

export function deleteManualConflict(db: Db, applicationId: string, reviewerId: string): boolean {
  return (
    db
      .prepare(
        "DELETE FROM conflicts WHERE application_id = ? AND reviewer_id = ? AND type = 'manual' AND source = 'officer'",
      )
      .run(applicationId, reviewerId).changes > 0
  );
}

/**
 * Sets or clears the waiver of one detected conflict (`waiver` null = undo). Answers whether a
 * detected conflict of that pair and type exists; officer and reviewer conflicts are never waived.
 */
export function setConflictWaiver(
  db: Db,
  conflict: { applicationId: string; reviewerId: string; type: ConflictType },
  waiver: { reason: string; at: string } | null,
): boolean {
  return (
    db
      .prepare(
        `UPDATE conflicts SET waived_reason = ?, waived_at = ?
         WHERE application_id = ? AND reviewer_id = ? AND type = ? AND source = 'auto'`,
      )
      .run(
        waiver?.reason ?? null,
        waiver?.at ?? null,
        conflict.applicationId,
        conflict.reviewerId,
        conflict.type,
      ).changes > 0
  );
}

/** Conflicted (not waived) pairs of a call that are currently assigned. */
export function assignedConflictCount(db: Db, callId: string): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM assignments s WHERE s.call_id = ? AND s.status = 'assigned'
       AND EXISTS (SELECT 1 FROM conflicts k WHERE k.application_id = s.application_id
                   AND k.reviewer_id = s.reviewer_id AND k.waived_at IS NULL)`,
    )
    .get(callId) as { n: number };
  return row.n;
}

/** How many conflicts a call has, by type. */
export function conflictCountsByType(db: Db, callId: string): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT k.type, count(*) AS n FROM conflicts k JOIN applications a ON a.id = k.application_id
       WHERE a.call_id = ? GROUP BY k.type ORDER BY k.type`,
    )
    .all(callId) as { type: string; n: number }[];
  return Object.fromEntries(rows.map((row) => [row.type, row.n]));
}
