import type { Db } from '../connection';

/** SQL of a panel member's workspace: panel packages opened, their PDFs and the member's ballots. */
export interface ReviewerPanelPackageRow {
  callId: string;
  callCode: string;
  reviewerId: string;
  packageVersion: number;
  issuedAt: string;
  officeId: string;
  officeSigningPublicKey: string;
  officeEncryptionPublicKey: string;
  enrolmentSecret: string;
  contentJson: string;
  packageDigest: string;
  openedAt: string;
  lastExportedAt: string | null;
}

export interface ReviewerBallotRow {
  callId: string;
  applicationId: string;
  vote: 'for' | 'against' | 'abstain';
  finalScore: number | null;
  comment: string;
  revision: number;
  digest: string;
  exportedRevision: number | null;
  savedAt: string;
}

const PACKAGE_COLUMNS = `call_id AS callId, call_code AS callCode, reviewer_id AS reviewerId,
  package_version AS packageVersion, issued_at AS issuedAt, office_id AS officeId,
  office_signing_public_key AS officeSigningPublicKey, office_encryption_public_key AS officeEncryptionPublicKey,
  enrolment_secret AS enrolmentSecret, content_json AS contentJson, package_digest AS packageDigest,
  opened_at AS openedAt, last_exported_at AS lastExportedAt`;

const BALLOT_COLUMNS = `call_id AS callId, application_id AS applicationId, vote, final_score AS finalScore,
  comment, revision, digest, exported_revision AS exportedRevision, saved_at AS savedAt`;

export function findPanelPackage(db: Db, callId: string): ReviewerPanelPackageRow | undefined {
  return db
    .prepare(`SELECT ${PACKAGE_COLUMNS} FROM reviewer_panel_packages WHERE call_id = ? OR call_code = ?`)
    .get(callId, callId) as ReviewerPanelPackageRow | undefined;
}

export function listPanelPackages(db: Db): ReviewerPanelPackageRow[] {
  return db
    .prepare(`SELECT ${PACKAGE_COLUMNS} FROM reviewer_panel_packages ORDER BY call_code`)
    .all() as ReviewerPanelPackageRow[];
}

/** Stores a newer panel package over the older one (ballots are kept) and its PDFs. */
export function savePanelPackage(
  db: Db,
  row: Omit<ReviewerPanelPackageRow, 'lastExportedAt'>,
  attachments: ReadonlyMap<string, Uint8Array>,
): void {
  db.prepare(
    `INSERT INTO reviewer_panel_packages (call_id, call_code, reviewer_id, package_version, issued_at, office_id,
       office_signing_public_key, office_encryption_public_key, enrolment_secret, content_json, package_digest,
       opened_at)
     VALUES (@callId, @callCode, @reviewerId, @packageVersion, @issuedAt, @officeId, @officeSigningPublicKey,
       @officeEncryptionPublicKey, @enrolmentSecret, @contentJson, @packageDigest, @openedAt)
     ON CONFLICT (call_id) DO UPDATE SET call_code = excluded.call_code, package_version = excluded.package_version,
       issued_at = excluded.issued_at, enrolment_secret = excluded.enrolment_secret,
       content_json = excluded.content_json, package_digest = excluded.package_digest,
       opened_at = excluded.opened_at`,
  ).run(row);
  const insert = db.prepare('INSERT OR IGNORE INTO reviewer_panel_attachments (sha256, bytes) VALUES (?, ?)');
  for (const [sha256, bytes] of attachments) insert.run(sha256, bytes);
}

export function panelAttachment(db: Db, sha256: string): Uint8Array | undefined {
  const row = db.prepare('SELECT bytes FROM reviewer_panel_attachments WHERE sha256 = ?').get(sha256) as
    { bytes: Buffer } | undefined;
  return row ? new Uint8Array(row.bytes) : undefined;
}

export function listMemberBallots(db: Db, callId: string): ReviewerBallotRow[] {
  return db
    .prepare(`SELECT ${BALLOT_COLUMNS} FROM reviewer_ballots WHERE call_id = ? ORDER BY application_id`)
    .all(callId) as ReviewerBallotRow[];
}

export function findMemberBallot(
  db: Db,
  callId: string,
  applicationId: string,
): ReviewerBallotRow | undefined {
  return db
    .prepare(`SELECT ${BALLOT_COLUMNS} FROM reviewer_ballots WHERE call_id = ? AND application_id = ?`)
    .get(callId, applicationId) as ReviewerBallotRow | undefined;
}

export function upsertMemberBallot(db: Db, row: Omit<ReviewerBallotRow, 'exportedRevision'>): void {
  db.prepare(
    `INSERT INTO reviewer_ballots (call_id, application_id, vote, final_score, comment, revision, digest, saved_at)
     VALUES (@callId, @applicationId, @vote, @finalScore, @comment, @revision, @digest, @savedAt)
     ON CONFLICT (call_id, application_id) DO UPDATE SET vote = excluded.vote, final_score = excluded.final_score,
       comment = excluded.comment, revision = excluded.revision, digest = excluded.digest,
       saved_at = excluded.saved_at`,
  ).run(row);
}

/** After a ballot bundle is saved: every ballot it carried is exported at the revision it carried. */
export function markBallotsExported(
  db: Db,
  callId: string,
  carried: readonly { applicationId: string; revision: number }[],
  at: string,
): void {
  const mark = db.prepare(
    'UPDATE reviewer_ballots SET exported_revision = ? WHERE call_id = ? AND application_id = ?',
  );
  db.transaction(() => {
    for (const ballot of carried) mark.run(ballot.revision, callId, ballot.applicationId);
    db.prepare('UPDATE reviewer_panel_packages SET last_exported_at = ? WHERE call_id = ?').run(at, callId);
  })();
}
