import type { Db } from '../../../db/connection';

/** Read-outs and edits the results tests use to check the workspace directly. */
export function auditRows(
  db: Db,
  action?: string,
): { action: string; subject: string; details: Record<string, unknown> }[] {
  const rows = db
    .prepare(
      `SELECT action, subject, details_json AS details FROM audit_log
       WHERE @action IS NULL OR action = @action ORDER BY id`,
    )
    .all({ action: action ?? null }) as { action: string; subject: string; details: string }[];
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
}

export function reviewStatusCounts(db: Db, applicationId: string): Record<string, number> {
  const rows = db
    .prepare('SELECT status, count(*) AS n FROM reviews WHERE application_id = ? GROUP BY status')
    .all(applicationId) as { status: string; n: number }[];
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

export function countRuns(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM ranking_runs').get() as { n: number }).n;
}

export function runParameters(db: Db, runId: string): Record<string, unknown> {
  const row = db.prepare('SELECT parameters_json AS p FROM ranking_runs WHERE id = ?').get(runId) as {
    p: string;
  };
  return JSON.parse(row.p) as Record<string, unknown>;
}

/** Simulates a re-merged review: every criterion score of one application set to `value`. */
export function setScores(db: Db, applicationId: string, value: number): void {
  db.prepare('UPDATE review_scores SET value = ? WHERE application_id = ?').run(value, applicationId);
}
