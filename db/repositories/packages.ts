import type { Db } from '../connection';
import type { ApplicationFields } from './application-fields';
import { insertKeyPair, type StoredKeyPair } from './keys';

/**
 * SQL of assignment packages (评审任务包): what one reviewer's package carries, the record of
 * packages issued, and the enrolment secret each reviewer's first review bundle proves its key with.
 */

export interface PackageApplicationRow extends ApplicationFields {
  budgetLines: { workPackage: string; year: number; amount: number }[];
  attachments: { id: string; sha256: string; fileName: string; size: number }[];
}

const APPLICATION_COLUMNS = `a.id, a.reference_no AS referenceNo, a.title, a.abstract, a.keywords_json AS keywords,
  a.discipline, a.challenge_id AS challengeId, a.pi_name AS piName, a.institution, a.email,
  a.team_json AS team, a.duration_months AS durationMonths, a.requested_total AS requestedTotal`;

type ApplicationBaseRow = Omit<PackageApplicationRow, 'keywords' | 'team' | 'budgetLines' | 'attachments'> & {
  keywords: string;
  team: string;
};

/** The applications `reviewerId` is actively assigned in the call, ordered by reference number. */
export function packageApplications(db: Db, callId: string, reviewerId: string): PackageApplicationRow[] {
  const rows = db
    .prepare(
      `SELECT ${APPLICATION_COLUMNS}
       FROM assignments s JOIN applications a ON a.id = s.application_id
       WHERE s.call_id = ? AND s.reviewer_id = ? AND s.status = 'assigned'
       ORDER BY a.reference_no`,
    )
    .all(callId, reviewerId) as ApplicationBaseRow[];
  return completeApplications(db, rows);
}

/** The call's panel shortlist (entries not removed), ordered by reference number. */
export function shortlistApplications(db: Db, callId: string): PackageApplicationRow[] {
  const rows = db
    .prepare(
      `SELECT ${APPLICATION_COLUMNS}
       FROM panel_shortlist s JOIN applications a ON a.id = s.application_id
       WHERE s.call_id = ? AND s.removed_reason IS NULL
       ORDER BY a.reference_no`,
    )
    .all(callId) as ApplicationBaseRow[];
  return completeApplications(db, rows);
}

function completeApplications(db: Db, rows: readonly ApplicationBaseRow[]): PackageApplicationRow[] {
  const lines = db.prepare(
    `SELECT work_package AS workPackage, year, amount FROM budget_lines
     WHERE application_id = ? ORDER BY year, work_package`,
  );
  const files = db.prepare(
    `SELECT id, sha256, file_name AS fileName, size FROM attachments
     WHERE application_id = ? ORDER BY file_name, sha256`,
  );
  return rows.map((row) => ({
    ...row,
    keywords: parseStringArray(row.keywords),
    team: parseStringArray(row.team),
    budgetLines: lines.all(row.id) as PackageApplicationRow['budgetLines'],
    attachments: files.all(row.id) as PackageApplicationRow['attachments'],
  }));
}

export function attachmentBytes(db: Db, attachmentId: string): Uint8Array | undefined {
  const row = db.prepare('SELECT content FROM attachments WHERE id = ?').get(attachmentId) as
    { content: Buffer } | undefined;
  return row ? new Uint8Array(row.content) : undefined;
}

export function callChallengeTitles(
  db: Db,
  callId: string,
): { id: string; code: string; titleZh: string; titleEn: string }[] {
  return db
    .prepare(
      'SELECT id, code, title_zh AS titleZh, title_en AS titleEn FROM challenges WHERE call_id = ? ORDER BY code',
    )
    .all(callId) as { id: string; code: string; titleZh: string; titleEn: string }[];
}

export function rubricJson(db: Db, callId: string, version: number): string | undefined {
  const row = db
    .prepare('SELECT rubric_json AS json FROM rubric_versions WHERE call_id = ? AND version = ?')
    .get(callId, version) as { json: string } | undefined;
  return row?.json;
}

/** Reviewers with at least one active assignment in the call. */
export function assignedReviewers(
  db: Db,
  callId: string,
): { id: string; name: string; email: string; institution: string; assigned: number }[] {
  return db
    .prepare(
      `SELECT r.id, r.name, r.email, r.institution, count(*) AS assigned
       FROM assignments s JOIN reviewers r ON r.id = s.reviewer_id
       WHERE s.call_id = ? AND s.status = 'assigned'
       GROUP BY r.id ORDER BY r.name, r.id`,
    )
    .all(callId) as { id: string; name: string; email: string; institution: string; assigned: number }[];
}

export function findReviewerForPackage(
  db: Db,
  reviewerId: string,
): { id: string; name: string; email: string; institution: string } | undefined {
  return db.prepare('SELECT id, name, email, institution FROM reviewers WHERE id = ?').get(reviewerId) as
    { id: string; name: string; email: string; institution: string } | undefined;
}

export interface IssuedPackageRow {
  callId: string;
  reviewerId: string;
  version: number;
  bundleId: string;
  fileName: string;
  digest: string;
  contentDigest: string;
  applicationCount: number;
  rubricVersion: number;
  dueAt: string | null;
  issuedAt: string;
}

const ISSUED_COLUMNS = `call_id AS callId, reviewer_id AS reviewerId, version, bundle_id AS bundleId,
  file_name AS fileName, digest, content_digest AS contentDigest, application_count AS applicationCount,
  rubric_version AS rubricVersion, due_at AS dueAt, issued_at AS issuedAt`;

/** The newest package issued to each reviewer in the call. */
export function latestIssuedPackages(db: Db, callId: string): IssuedPackageRow[] {
  return db
    .prepare(
      `SELECT ${ISSUED_COLUMNS} FROM issued_packages p
       WHERE call_id = @callId AND version = (SELECT max(version) FROM issued_packages q
         WHERE q.call_id = p.call_id AND q.reviewer_id = p.reviewer_id)
       ORDER BY reviewer_id`,
    )
    .all({ callId }) as IssuedPackageRow[];
}

export function issuedPackageHistory(db: Db, callId: string, reviewerId: string): IssuedPackageRow[] {
  return db
    .prepare(
      `SELECT ${ISSUED_COLUMNS} FROM issued_packages WHERE call_id = ? AND reviewer_id = ? ORDER BY version`,
    )
    .all(callId, reviewerId) as IssuedPackageRow[];
}

export function enrolmentSecret(db: Db, reviewerId: string): string | null {
  const row = db.prepare('SELECT enrolment_secret AS secret FROM reviewers WHERE id = ?').get(reviewerId) as
    { secret: string | null } | undefined;
  return row?.secret ?? null;
}

/**
 * Records issued packages in one transaction: the rows, new office keys, the reviewers' new enrolment secrets, the
 * due date on the assignments they carry, and the call's move from `draft` to `reviewing` (from
 * then on its rubric is versioned, never edited in place).
 */
export function recordIssuedPackages(
  db: Db,
  issue: {
    callId: string;
    packages: readonly IssuedPackageRow[];
    officeKeys: readonly StoredKeyPair[];
    newEnrolmentSecrets: ReadonlyMap<string, string>;
    now: string;
  },
): void {
  const insert = db.prepare(
    `INSERT INTO issued_packages (call_id, reviewer_id, version, bundle_id, file_name, digest, content_digest,
       application_count, rubric_version, due_at, issued_at)
     VALUES (@callId, @reviewerId, @version, @bundleId, @fileName, @digest, @contentDigest,
       @applicationCount, @rubricVersion, @dueAt, @issuedAt)`,
  );
  const secret = db.prepare(
    'UPDATE reviewers SET enrolment_secret = @secret WHERE id = @reviewerId AND enrolment_secret IS NULL',
  );
  const due = db.prepare(
    `UPDATE assignments SET due_at = @dueAt
     WHERE call_id = @callId AND reviewer_id = @reviewerId AND status = 'assigned'`,
  );
  const reviewing = db.prepare(
    `UPDATE calls SET status = 'reviewing', updated_at = @now WHERE id = @callId AND status = 'draft'`,
  );
  db.transaction(() => {
    for (const key of issue.officeKeys) insertKeyPair(db, key);
    for (const [reviewerId, value] of issue.newEnrolmentSecrets) {
      if (secret.run({ reviewerId, secret: value }).changes !== 1) {
        throw new Error(`enrolment secret of ${reviewerId} changed while packages were built`);
      }
    }
    for (const row of issue.packages) {
      insert.run(row);
      due.run({ callId: row.callId, reviewerId: row.reviewerId, dueAt: row.dueAt });
    }
    reviewing.run({ callId: issue.callId, now: issue.now });
  })();
}

function parseStringArray(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
