import type { Db } from '../connection';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

export function appendAudit(
  db: Db,
  entry: { at: string; actor: string; action: string; subject?: string; details?: Record<string, unknown> },
): void {
  db.prepare(
    'INSERT INTO audit_log (at, actor, action, subject, details_json) VALUES (@at, @actor, @action, @subject, @details)',
  ).run({
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject ?? '',
    details: JSON.stringify(entry.details ?? {}),
  });
}

export function listAudit(db: Db, options: { limit: number; beforeId?: number }): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, actor, action, subject, details_json AS details FROM audit_log
       WHERE id < @before ORDER BY id DESC LIMIT @limit`,
    )
    .all({ before: options.beforeId ?? Number.MAX_SAFE_INTEGER, limit: options.limit }) as (Omit<
    AuditEntry,
    'details'
  > & { details: string })[];
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
}
