import type { Db } from '../connection';
import { insertKeyPair, type StoredKeyPair } from './keys';

/** SQL of panel packages the office issued (issued_panel_packages). */
export interface IssuedPanelPackageRow {
  callId: string;
  reviewerId: string;
  version: number;
  bundleId: string;
  fileName: string;
  digest: string;
  applicationCount: number;
  issuedAt: string;
}

/** The newest version issued to each member of the call's panel. */
export function latestPanelPackageVersions(db: Db, callId: string): Map<string, number> {
  const rows = db
    .prepare(
      'SELECT reviewer_id AS reviewerId, MAX(version) AS version FROM issued_panel_packages WHERE call_id = ? GROUP BY reviewer_id',
    )
    .all(callId) as { reviewerId: string; version: number }[];
  return new Map(rows.map((row) => [row.reviewerId, row.version]));
}

/** Records issued panel packages with any new office keys and members' new enrolment secrets, in one transaction. */
export function recordIssuedPanelPackages(
  db: Db,
  issue: {
    packages: readonly IssuedPanelPackageRow[];
    officeKeys: readonly StoredKeyPair[];
    newEnrolmentSecrets: ReadonlyMap<string, string>;
  },
): void {
  const insert = db.prepare(
    `INSERT INTO issued_panel_packages (call_id, reviewer_id, version, bundle_id, file_name, digest,
       application_count, issued_at)
     VALUES (@callId, @reviewerId, @version, @bundleId, @fileName, @digest, @applicationCount, @issuedAt)`,
  );
  const secret = db.prepare(
    'UPDATE reviewers SET enrolment_secret = @secret WHERE id = @reviewerId AND enrolment_secret IS NULL',
  );
  db.transaction(() => {
    for (const key of issue.officeKeys) insertKeyPair(db, key);
    for (const [reviewerId, value] of issue.newEnrolmentSecrets) {
      if (secret.run({ reviewerId, secret: value }).changes !== 1) {
        throw new Error(`enrolment secret of ${reviewerId} changed while panel packages were built`);
      }
    }
    for (const row of issue.packages) insert.run(row);
  })();
}
