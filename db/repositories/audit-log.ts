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

export interface AuditFilter {
  limit: number;
  beforeId?: number;
  /** Only actions of this area: the part of the action name before its first dot. */
  area?: string;
  /**
   * Case-insensitive substring of the action, the subject, the details, or what the subject
   * names (a call's code or title, an application's reference number or title, a reviewer's name).
   */
  query?: string;
}

/**
 * Subjects are ids or names; an id may be a call, an application, a reviewer (or their e-mail) or
 * an integrity entry, and a pair `applicationId:reviewerId` names a conflict. This matches a subject whose id,
 * or whose first part of a pair, belongs to something named like @q.
 */
const subjectNamedLike = /* sql */ `
  (CASE WHEN instr(l.subject, ':') > 0 THEN substr(l.subject, 1, instr(l.subject, ':') - 1) ELSE l.subject END)
  IN (SELECT id FROM calls WHERE code LIKE @q ESCAPE '\\' OR title_zh LIKE @q ESCAPE '\\' OR title_en LIKE @q ESCAPE '\\'
      UNION ALL SELECT id FROM applications WHERE reference_no LIKE @q ESCAPE '\\' OR title LIKE @q ESCAPE '\\'
      UNION ALL SELECT id FROM reviewers WHERE name LIKE @q ESCAPE '\\'
      UNION ALL SELECT email FROM reviewers WHERE name LIKE @q ESCAPE '\\'
      UNION ALL SELECT id FROM integrity_entries WHERE name LIKE @q ESCAPE '\\')
  OR (instr(l.subject, ':') > 0 AND substr(l.subject, instr(l.subject, ':') + 1)
      IN (SELECT id FROM reviewers WHERE name LIKE @q ESCAPE '\\'))`;

export function listAudit(db: Db, filter: AuditFilter): AuditEntry[] {
  const where = ['l.id < @before'];
  const params: Record<string, string | number> = {
    before: filter.beforeId ?? Number.MAX_SAFE_INTEGER,
    limit: filter.limit,
  };
  if (filter.area !== undefined) {
    params.area = `${filter.area}.`;
    where.push('substr(l.action, 1, length(@area)) = @area');
  }
  const query = filter.query?.trim() ?? '';
  if (query !== '') {
    params.q = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    where.push(
      `(l.action LIKE @q ESCAPE '\\' OR l.subject LIKE @q ESCAPE '\\' OR l.details_json LIKE @q ESCAPE '\\' OR ${subjectNamedLike})`,
    );
  }
  const rows = db
    .prepare(
      `SELECT l.id, l.at, l.actor, l.action, l.subject, l.details_json AS details FROM audit_log l
       WHERE ${where.join(' AND ')} ORDER BY l.id DESC LIMIT @limit`,
    )
    .all(params) as (Omit<AuditEntry, 'details'> & { details: string })[];
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
}

/**
 * What each id names, for showing subjects in words: a call by its code, an application by its
 * reference number, a reviewer, an integrity entry or the workspace by name. Ids not found are
 * left out.
 */
export function namesOfIds(db: Db, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `WITH wanted (id) AS (SELECT DISTINCT value FROM json_each(@ids))
       SELECT c.id, c.code AS name FROM calls c JOIN wanted USING (id)
       UNION ALL SELECT a.id, a.reference_no FROM applications a JOIN wanted USING (id)
       UNION ALL SELECT r.id, r.name FROM reviewers r JOIN wanted USING (id)
       UNION ALL SELECT e.id, e.name FROM integrity_entries e JOIN wanted USING (id)
       UNION ALL SELECT i.value, n.value FROM workspace_meta i JOIN workspace_meta n ON n.key = 'name'
         JOIN wanted ON wanted.id = i.value WHERE i.key = 'id'`,
    )
    .all({ ids: JSON.stringify(ids) }) as { id: string; name: string }[];
  return new Map(rows.map((row) => [row.id, row.name]));
}
