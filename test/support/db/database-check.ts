import type { Db } from '../../../db/connection';

/** SQLite's own consistency check of the workspace file: ['ok'] when nothing is wrong. */
export function integrityCheck(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check);
}
