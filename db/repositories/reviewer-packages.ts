import type { AssignmentPackageContent } from '../../shared/domain/assignment-package';
import type { Db } from '../connection';

/** What a reviewer workspace remembers about the package it imported for one call. */
export interface ReviewerPackageRow {
  callId: string;
  reviewerId: string;
  packageVersion: number;
  issuedAt: string;
  officeId: string;
  officeName: string;
  officeSigningPublicKey: string;
  officeEncryptionPublicKey: string;
  enrolmentSecret: string;
  packageDigest: string;
  openedAt: string;
  lastExportedAt: string | null;
}

const selectPackage = `SELECT call_id AS callId, reviewer_id AS reviewerId, package_version AS packageVersion,
  issued_at AS issuedAt, office_id AS officeId, office_name AS officeName,
  office_signing_public_key AS officeSigningPublicKey,
  office_encryption_public_key AS officeEncryptionPublicKey, enrolment_secret AS enrolmentSecret,
  package_digest AS packageDigest, opened_at AS openedAt, last_exported_at AS lastExportedAt
  FROM reviewer_packages`;

export function findReviewerPackage(db: Db, callId: string): ReviewerPackageRow | undefined {
  return db.prepare(`${selectPackage} WHERE call_id = ?`).get(callId) as ReviewerPackageRow | undefined;
}

export function listReviewerPackages(db: Db): ReviewerPackageRow[] {
  return db.prepare(`${selectPackage} ORDER BY opened_at, call_id`).all() as ReviewerPackageRow[];
}

/** The id of the call that already uses `code`, if it is another call than `callId`. */
export function callIdWithCode(db: Db, code: string, callId: string): string | undefined {
  const row = db.prepare('SELECT id FROM calls WHERE code = ? AND id <> ?').get(code, callId) as
    { id: string } | undefined;
  return row?.id;
}

export interface PackageImport {
  content: AssignmentPackageContent;
  officeId: string;
  digest: string;
  fileName: string;
  now: string;
  /** Attachment bytes by SHA-256 (hex) of the PDF. */
  attachments: ReadonlyMap<string, Uint8Array>;
  /** A fresh id for each attachment row that does not exist yet. */
  newId: () => string;
}

export interface PackageImportCounts {
  added: number;
  archived: number;
  kept: number;
}

/**
 * Writes a verified package into the core tables: the call, its rubric version and challenges, the
 * applications with budget lines and attachments, and this reviewer's assignments. Applications the
 * call had before but the package no longer lists are archived and their assignments released;
 * reviews are never touched. Run inside the caller's transaction.
 */
export function importPackageRows(db: Db, input: PackageImport): PackageImportCounts {
  const { content, now } = input;
  const { call } = content;
  db.prepare(
    `INSERT INTO calls (id, code, title_zh, title_en, category, template, status, review_due_at,
       review_mode, rubric_version, created_at, updated_at)
     VALUES (@id, @code, @titleZh, @titleEn, @category, @template, 'reviewing', @dueAt, @reviewMode,
       @rubricVersion, @now, @now)
     ON CONFLICT (id) DO UPDATE SET code = excluded.code, title_zh = excluded.title_zh,
       title_en = excluded.title_en, category = excluded.category, template = excluded.template,
       review_due_at = excluded.review_due_at, review_mode = excluded.review_mode,
       rubric_version = excluded.rubric_version, updated_at = excluded.updated_at`,
  ).run({
    id: call.id,
    code: call.code,
    titleZh: call.title.zh,
    titleEn: call.title.en,
    category: call.category,
    template: call.rubric.template,
    dueAt: content.dueAt,
    reviewMode: call.reviewMode,
    rubricVersion: call.rubricVersion,
    now,
  });
  db.prepare(
    `INSERT INTO rubric_versions (call_id, version, rubric_json, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (call_id, version) DO UPDATE SET rubric_json = excluded.rubric_json`,
  ).run(call.id, call.rubricVersion, JSON.stringify(call.rubric), now);

  const upsertChallenge = db.prepare(
    `INSERT INTO challenges (id, call_id, code, title_zh, title_en) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET code = excluded.code, title_zh = excluded.title_zh,
       title_en = excluded.title_en`,
  );
  for (const challenge of call.challenges) {
    upsertChallenge.run(challenge.id, call.id, challenge.code, challenge.title.zh, challenge.title.en);
  }

  const before = new Map(
    (
      db.prepare('SELECT id, status FROM applications WHERE call_id = ?').all(call.id) as {
        id: string;
        status: string;
      }[]
    ).map((row) => [row.id, row.status]),
  );
  const upsertApplication = db.prepare(
    `INSERT INTO applications (id, call_id, reference_no, title, abstract, keywords_json, discipline,
       challenge_id, pi_name, institution, email, team_json, duration_months, requested_total, status,
       created_at)
     VALUES (@id, @callId, @referenceNo, @title, @abstract, @keywords, @discipline, @challengeId,
       @piName, @institution, @email, @team, @durationMonths, @requestedTotal, 'active', @now)
     ON CONFLICT (id) DO UPDATE SET reference_no = excluded.reference_no, title = excluded.title,
       abstract = excluded.abstract, keywords_json = excluded.keywords_json,
       discipline = excluded.discipline, challenge_id = excluded.challenge_id,
       pi_name = excluded.pi_name, institution = excluded.institution, email = excluded.email,
       team_json = excluded.team_json, duration_months = excluded.duration_months,
       requested_total = excluded.requested_total, status = 'active'`,
  );
  const deleteLines = db.prepare('DELETE FROM budget_lines WHERE application_id = ?');
  const insertLine = db.prepare(
    'INSERT INTO budget_lines (application_id, work_package, year, amount) VALUES (?, ?, ?, ?)',
  );
  const attachmentShas = db.prepare('SELECT sha256 FROM attachments WHERE application_id = ?');
  const deleteAttachment = db.prepare('DELETE FROM attachments WHERE application_id = ? AND sha256 = ?');
  const insertAttachment = db.prepare(
    `INSERT INTO attachments (id, application_id, file_name, sha256, size, content)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const renameAttachment = db.prepare(
    'UPDATE attachments SET file_name = ? WHERE application_id = ? AND sha256 = ?',
  );
  const upsertAssignment = db.prepare(
    `INSERT INTO assignments (call_id, application_id, reviewer_id, status, due_at, created_at)
     VALUES (?, ?, ?, 'assigned', ?, ?)
     ON CONFLICT (application_id, reviewer_id) DO UPDATE SET status = 'assigned', due_at = excluded.due_at`,
  );

  let added = 0;
  let kept = 0;
  for (const application of content.applications) {
    const previous = before.get(application.id);
    if (previous === undefined || previous === 'archived') added += 1;
    else kept += 1;
    upsertApplication.run({
      id: application.id,
      callId: call.id,
      referenceNo: application.referenceNo,
      title: application.title,
      abstract: application.abstract,
      keywords: JSON.stringify(application.keywords),
      discipline: application.discipline,
      challengeId: application.challengeId,
      piName: application.applicant?.piName ?? '',
      institution: application.applicant?.institution ?? '',
      email: application.applicant?.email ?? '',
      team: JSON.stringify(application.applicant?.team ?? []),
      durationMonths: application.durationMonths,
      requestedTotal: application.requestedTotal,
      now,
    });
    deleteLines.run(application.id);
    for (const line of application.budgetLines) {
      insertLine.run(application.id, line.workPackage, line.year, line.amount);
    }
    const stored = new Set(
      (attachmentShas.all(application.id) as { sha256: string }[]).map((row) => row.sha256),
    );
    const wanted = new Set(application.attachments.map((attachment) => attachment.sha256));
    for (const sha of stored) if (!wanted.has(sha)) deleteAttachment.run(application.id, sha);
    for (const attachment of application.attachments) {
      if (stored.has(attachment.sha256)) {
        renameAttachment.run(attachment.fileName, application.id, attachment.sha256);
        continue;
      }
      const bytes = input.attachments.get(attachment.sha256);
      if (!bytes) throw new Error(`attachment ${attachment.sha256} was not verified before import`);
      insertAttachment.run(
        input.newId(),
        application.id,
        attachment.fileName,
        attachment.sha256,
        bytes.length,
        Buffer.from(bytes),
      );
    }
    upsertAssignment.run(call.id, application.id, content.reviewer.id, content.dueAt, now);
  }

  const listed = new Set(content.applications.map((application) => application.id));
  const archiveApplication = db.prepare("UPDATE applications SET status = 'archived' WHERE id = ?");
  const releaseAssignment = db.prepare(
    "UPDATE assignments SET status = 'released' WHERE application_id = ? AND reviewer_id = ?",
  );
  let archived = 0;
  for (const [id, status] of before) {
    if (listed.has(id) || status === 'archived') continue;
    archiveApplication.run(id);
    releaseAssignment.run(id, content.reviewer.id);
    archived += 1;
  }

  db.prepare(
    `INSERT INTO reviewer_packages (call_id, reviewer_id, package_version, issued_at, office_id,
       office_name, office_signing_public_key, office_encryption_public_key, enrolment_secret,
       package_digest, opened_at)
     VALUES (@callId, @reviewerId, @version, @issuedAt, @officeId, @officeName, @signingKey,
       @encryptionKey, @enrolmentSecret, @digest, @now)
     ON CONFLICT (call_id) DO UPDATE SET package_version = excluded.package_version,
       issued_at = excluded.issued_at, office_id = excluded.office_id,
       office_name = excluded.office_name,
       office_encryption_public_key = excluded.office_encryption_public_key,
       enrolment_secret = excluded.enrolment_secret, package_digest = excluded.package_digest,
       opened_at = excluded.opened_at`,
  ).run({
    callId: call.id,
    reviewerId: content.reviewer.id,
    version: content.packageVersion,
    issuedAt: content.issuedAt,
    officeId: input.officeId,
    officeName: content.office.name,
    signingKey: content.office.signingPublicKey,
    encryptionKey: content.office.encryptionPublicKey,
    enrolmentSecret: content.enrolmentSecret,
    digest: input.digest,
    now,
  });
  db.prepare(
    `INSERT INTO bundle_log (digest, kind, file_name, call_id, sender_id, status, report_json, imported_at)
     VALUES (?, 'assignment-package', ?, ?, ?, 'applied', ?, ?)
     ON CONFLICT (digest) DO NOTHING`,
  ).run(
    input.digest,
    input.fileName,
    call.id,
    input.officeId,
    JSON.stringify({ packageVersion: content.packageVersion, added, archived, kept }),
    now,
  );
  return { added, archived, kept };
}

export function markPackageExported(db: Db, callId: string, at: string): void {
  db.prepare('UPDATE reviewer_packages SET last_exported_at = ? WHERE call_id = ?').run(at, callId);
}
