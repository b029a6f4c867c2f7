import type { Db } from '../../../db/connection';

/**
 * The benchmark floor for searching applications: every row of the call read once with one
 * prepared statement, the columns a list row shows — no matching, sorting, paging or validation.
 * A search can do no less than read what it returns, so its time over this one is its overhead.
 */
export function readCallApplicationsRaw(db: Db, callId: string): number {
  return db
    .prepare(
      `SELECT id, reference_no, title, pi_name, institution, team_json, requested_total, status
       FROM applications WHERE call_id = ?`,
    )
    .all(callId).length;
}
