import type { Db } from '../connection';

/**
 * SQL of the review-bundle merge (docs/design-rules.md, Merge). One {@link MergeStore} is made per
 * merge run so every statement is prepared once; the caller wraps each bundle in one transaction.
 *
 * Invariants kept per review key (call, application, reviewer), whatever order bundles arrive in:
 * - `reviews` holds the winner: the greatest (revision, digest) ever received;
 * - `review_history` holds every version ever received, with outcome `applied` for the winner,
 *   `conflict` for other digests of the winner's revision, `superseded` for lower revisions;
 * - the assignment is `recused`, with a `declared-by-reviewer` conflict row, exactly while the
 *   winner is a recusal (an `assigned` assignment only: the officer's own `released` is left alone).
 */

/** Audit actions of imports that changed nothing else; {@link workspaceDigest} leaves them out. */
export const MERGE_AUDIT = {
  applied: 'merge.applied',
  noop: 'merge.noop',
  refused: 'merge.refused',
} as const;
export const RECEIPT_ONLY_AUDIT_ACTIONS: readonly string[] = [MERGE_AUDIT.noop, MERGE_AUDIT.refused];

/** Every reviewer as a possible bundle sender: the key they enrolled, or whether they can enrol. */
export function listReviewerSenders(db: Db): ReviewerSender[] {
  return db
    .prepare(
      `SELECT id, name, signing_public_key AS signingPublicKey, enrolment_secret IS NOT NULL AS canEnrol
       FROM reviewers ORDER BY id`,
    )
    .all()
    .map((row) => {
      const r = row as Omit<ReviewerSender, 'canEnrol'> & { canEnrol: number };
      return { ...r, canEnrol: r.canEnrol === 1 };
    });
}

export interface ReviewerSender {
  id: string;
  name: string;
  signingPublicKey: string | null;
  canEnrol: boolean;
}

export interface CallRubricRow {
  id: string;
  code: string;
  rubricVersion: number;
  /** The rubric of the call's current version; null when the call has none yet. */
  rubricJson: string | null;
}

export function listCallRubrics(db: Db): CallRubricRow[] {
  return db
    .prepare(
      `SELECT c.id, c.code, c.rubric_version AS rubricVersion, r.rubric_json AS rubricJson
       FROM calls c LEFT JOIN rubric_versions r ON r.call_id = c.id AND r.version = c.rubric_version
       ORDER BY c.id`,
    )
    .all() as CallRubricRow[];
}

export interface LoggedBundle {
  fileName: string;
  importedAt: string;
  senderId: string | null;
  callId: string | null;
}

export interface ReviewerIdentity {
  id: string;
  name: string;
  signingPublicKey: string | null;
  enrolmentSecret: string | null;
}

export interface CurrentVersion {
  applicationId: string;
  revision: number;
  digest: string;
  status: 'draft' | 'submitted' | 'recused';
}

/** One review as written: the columns of `reviews` plus its scores and canonical content. */
export interface ReviewRow {
  applicationId: string;
  status: 'submitted' | 'recused';
  revision: number;
  digest: string;
  recommendation: string | null;
  familiarity: string | null;
  choicesJson: string;
  commentsJson: string;
  budgetOpinionJson: string | null;
  recusalJson: string | null;
  /** The reason a recusal gives, for the declared conflict row; null when not a recusal. */
  recusalReason: string | null;
  /** RFC 8785 canonical JSON of the review content (what the digest is made over). */
  contentJson: string;
  /** Criterion ids and their scores, pairwise; empty for a recusal (it scores nothing). */
  criteria: string[];
  values: number[];
}

export type HistoryOutcome = 'applied' | 'superseded' | 'conflict';

export interface BundleLogEntry {
  digest: string;
  /** Default `review-bundle`. */
  kind?: 'review-bundle' | 'ballot-bundle';
  fileName: string;
  callId: string;
  senderId: string;
  report: Record<string, unknown>;
  importedAt: string;
}

export interface AuditInput {
  at: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

export type MergeStore = ReturnType<typeof createMergeStore>;

/** Prepared statements of one merge run. */
export function createMergeStore(db: Db) {
  const loggedBundle = db.prepare(
    `SELECT file_name AS fileName, imported_at AS importedAt, sender_id AS senderId, call_id AS callId
     FROM bundle_log WHERE digest = ?`,
  );
  const reviewer = db.prepare(
    `SELECT id, name, signing_public_key AS signingPublicKey, enrolment_secret AS enrolmentSecret
     FROM reviewers WHERE id = ?`,
  );
  const callExists = db.prepare('SELECT 1 FROM calls WHERE id = ?').pluck();
  const assigned = db
    .prepare('SELECT application_id FROM assignments WHERE call_id = ? AND reviewer_id = ?')
    .pluck();
  const current = db.prepare(
    `SELECT application_id AS applicationId, revision, digest, status
     FROM reviews WHERE reviewer_id = ? AND call_id = ?`,
  );
  const insertReview = db.prepare(
    `INSERT INTO reviews (call_id, application_id, reviewer_id, status, revision, digest, recommendation,
       familiarity, choices_json, comments_json, budget_opinion_json, recusal_json, updated_at, submitted_at)
     VALUES (@callId, @applicationId, @reviewerId, @status, @revision, @digest, @recommendation,
       @familiarity, @choicesJson, @commentsJson, @budgetOpinionJson, @recusalJson, @now, @submittedAt)`,
  );
  const updateReview = db.prepare(
    `UPDATE reviews SET status = @status, revision = @revision, digest = @digest,
       recommendation = @recommendation, familiarity = @familiarity, choices_json = @choicesJson,
       comments_json = @commentsJson, budget_opinion_json = @budgetOpinionJson,
       recusal_json = @recusalJson, updated_at = @now, submitted_at = @submittedAt
     WHERE call_id = @callId AND application_id = @applicationId AND reviewer_id = @reviewerId`,
  );
  const deleteScores = db.prepare(
    'DELETE FROM review_scores WHERE call_id = ? AND application_id = ? AND reviewer_id = ?',
  );
  const insertScore = db.prepare(
    `INSERT INTO review_scores (call_id, application_id, reviewer_id, criterion_id, value)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const insertHistory = db.prepare(
    `INSERT OR IGNORE INTO review_history (call_id, application_id, reviewer_id, revision, digest,
       content_json, bundle_digest, outcome, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const supersedeBelow = db.prepare(
    `UPDATE review_history SET outcome = 'superseded'
     WHERE call_id = ? AND application_id = ? AND reviewer_id = ? AND revision < ? AND outcome <> 'superseded'`,
  );
  const markConflict = db.prepare(
    `UPDATE review_history SET outcome = 'conflict'
     WHERE call_id = ? AND application_id = ? AND reviewer_id = ? AND revision = ? AND digest = ?`,
  );
  const recuseAssignment = db.prepare(
    `UPDATE assignments SET status = 'recused'
     WHERE call_id = ? AND application_id = ? AND reviewer_id = ? AND status = 'assigned'`,
  );
  const restoreAssignment = db.prepare(
    `UPDATE assignments SET status = 'assigned'
     WHERE call_id = ? AND application_id = ? AND reviewer_id = ? AND status = 'recused'`,
  );
  const declareConflict = db.prepare(
    `INSERT INTO conflicts (application_id, reviewer_id, type, reason, source, created_at)
     VALUES (?, ?, 'declared-by-reviewer', ?, 'reviewer', ?)
     ON CONFLICT (application_id, reviewer_id, type) DO UPDATE SET reason = excluded.reason`,
  );
  const withdrawConflict = db.prepare(
    `DELETE FROM conflicts
     WHERE application_id = ? AND reviewer_id = ? AND type = 'declared-by-reviewer' AND source = 'reviewer'`,
  );
  const enrol = db.prepare(
    'UPDATE reviewers SET signing_public_key = ? WHERE id = ? AND signing_public_key IS NULL',
  );
  const logBundle = db.prepare(
    `INSERT INTO bundle_log (digest, kind, file_name, call_id, sender_id, status, report_json, imported_at)
     VALUES (?, ?, ?, ?, ?, 'applied', ?, ?)`,
  );
  const audit = db.prepare(
    `INSERT INTO audit_log (at, actor, action, subject, details_json) VALUES (?, 'local', ?, ?, ?)`,
  );

  return {
    /** Runs `work` in one transaction (a savepoint inside an enclosing one); a throw rolls it back. */
    atomically: <T>(work: () => T): T => db.transaction(work).immediate(),
    loggedBundle: (digest: string) => loggedBundle.get(digest) as LoggedBundle | undefined,
    reviewer: (id: string) => reviewer.get(id) as ReviewerIdentity | undefined,
    callExists: (id: string) => callExists.get(id) !== undefined,
    assignedApplications: (callId: string, reviewerId: string) =>
      new Set(assigned.all(callId, reviewerId) as string[]),
    currentVersions(callId: string, reviewerId: string): Map<string, CurrentVersion> {
      const rows = current.all(reviewerId, callId) as CurrentVersion[];
      return new Map(rows.map((row) => [row.applicationId, row]));
    },
    /** Writes `review` as the winner of its key (insert when `exists` is false). */
    writeWinner(callId: string, reviewerId: string, review: ReviewRow, exists: boolean, now: string): void {
      // One set of named parameters for both statements: the row is the same, inserted or updated.
      const row = {
        callId,
        applicationId: review.applicationId,
        reviewerId,
        status: review.status,
        revision: review.revision,
        digest: review.digest,
        recommendation: review.recommendation,
        familiarity: review.familiarity,
        choicesJson: review.choicesJson,
        commentsJson: review.commentsJson,
        budgetOpinionJson: review.budgetOpinionJson,
        recusalJson: review.recusalJson,
        now,
        submittedAt: review.status === 'submitted' ? now : null,
      };
      if (exists) {
        updateReview.run(row);
        deleteScores.run(callId, review.applicationId, reviewerId);
      } else {
        insertReview.run(row);
      }
      for (let i = 0; i < review.criteria.length; i += 1) {
        insertScore.run(callId, review.applicationId, reviewerId, review.criteria[i], review.values[i]);
      }
    },
    /** Records a received version; false when that exact version was already in the history. */
    recordVersion(
      callId: string,
      reviewerId: string,
      review: ReviewRow,
      outcome: HistoryOutcome,
      bundleDigest: string,
      now: string,
    ): boolean {
      const result = insertHistory.run(
        callId,
        review.applicationId,
        reviewerId,
        review.revision,
        review.digest,
        review.contentJson,
        bundleDigest,
        outcome,
        now,
      );
      return result.changes > 0;
    },
    supersedeBelow: (callId: string, applicationId: string, reviewerId: string, revision: number) =>
      void supersedeBelow.run(callId, applicationId, reviewerId, revision),
    markConflict: (
      callId: string,
      applicationId: string,
      reviewerId: string,
      revision: number,
      digest: string,
    ) => void markConflict.run(callId, applicationId, reviewerId, revision, digest),
    recuse(callId: string, applicationId: string, reviewerId: string, reason: string, now: string): void {
      recuseAssignment.run(callId, applicationId, reviewerId);
      declareConflict.run(applicationId, reviewerId, reason, now);
    },
    withdrawRecusal(callId: string, applicationId: string, reviewerId: string): void {
      restoreAssignment.run(callId, applicationId, reviewerId);
      withdrawConflict.run(applicationId, reviewerId);
    },
    enrol: (reviewerId: string, signingPublicKey: string) => void enrol.run(signingPublicKey, reviewerId),
    logBundle: (entry: BundleLogEntry) =>
      void logBundle.run(
        entry.digest,
        entry.kind ?? 'review-bundle',
        entry.fileName,
        entry.callId,
        entry.senderId,
        JSON.stringify(entry.report),
        entry.importedAt,
      ),
    audit: (entry: AuditInput) =>
      void audit.run(entry.at, entry.action, entry.subject, JSON.stringify(entry.details)),
  };
}

/** Reference numbers of applications by id, to name them in messages instead of internal ids. */
export function applicationReferences(db: Db, ids: readonly string[]): Map<string, string> {
  const lookup = db.prepare('SELECT reference_no FROM applications WHERE id = ?').pluck();
  const references = new Map<string, string>();
  for (const id of ids) {
    const reference = lookup.get(id) as string | undefined;
    if (reference !== undefined) references.set(id, reference);
  }
  return references;
}

export interface MergeLogEntry {
  digest: string;
  fileName: string;
  callId: string | null;
  senderId: string | null;
  reviewerName: string | null;
  importedAt: string;
  report: Record<string, unknown>;
}

/** The most recently imported bundles, newest first. */
export function listMergedBundles(db: Db, limit: number): MergeLogEntry[] {
  const rows = db
    .prepare(
      `SELECT b.digest, b.file_name AS fileName, b.call_id AS callId, b.sender_id AS senderId,
              r.name AS reviewerName, b.imported_at AS importedAt, b.report_json AS reportJson
       FROM bundle_log b LEFT JOIN reviewers r ON r.id = b.sender_id
       WHERE b.kind = 'review-bundle'
       ORDER BY b.imported_at DESC, b.rowid DESC LIMIT ?`,
    )
    .all(limit) as (Omit<MergeLogEntry, 'report'> & { reportJson: string })[];
  return rows.map(({ reportJson, ...row }) => ({
    ...row,
    report: JSON.parse(reportJson) as Record<string, unknown>,
  }));
}

/** Page cache for a merge run: a batch of bundles dirties thousands of index pages, and a cache
 * that holds more of them spills less. */
export const MERGE_CACHE_KIB = 32 * 1024;

/**
 * Connection settings for a merge run; the returned function restores them. Besides a larger page
 * cache, automatic checkpoints are off while the batches commit: each would copy the batch's pages
 * into the database file and sync it, and review keys spread over every index, so every batch
 * touches nearly every index page again. Each commit is durable in the write-ahead log
 * (`synchronous = FULL`); one checkpoint at the end writes each page to the database once and
 * truncates the log.
 */
export function beginMergeSession(db: Db): () => void {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma(`cache_size = -${MERGE_CACHE_KIB}`);
  db.pragma('wal_autocheckpoint = 0');
  return () => {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
    db.pragma(`cache_size = ${cache}`);
  };
}
