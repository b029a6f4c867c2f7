import type { Rubric } from '../../../shared/domain/rubric';
import type { Db } from '../../../db/connection';

/**
 * Test and benchmark helper: writes what an office workspace holds when review bundles come back —
 * a call with its rubric, applications, reviewers (with the enrolment secrets their packages
 * carried), assignments, and the office's key pairs — straight into the tables, in one transaction.
 */
export interface MergeFixtureData {
  call: { id: string; code: string; titleZh: string; titleEn: string; reviewDueAt: string | null };
  rubric: Rubric;
  applications: { id: string; referenceNo: string; title: string }[];
  reviewers: {
    id: string;
    name: string;
    email: string;
    enrolmentSecret: string | null;
    signingPublicKey: string | null;
  }[];
  assignments: {
    applicationId: string;
    reviewerId: string;
    status?: 'assigned' | 'recused' | 'released';
    dueAt?: string | null;
  }[];
  officeKeys: {
    signingPublicKey: string;
    signingPrivateKey: Uint8Array;
    encryptionPublicKey: string;
    encryptionPrivateKey: Uint8Array;
  };
  at: string;
}

export function seedMergeFixture(db: Db, data: MergeFixtureData): void {
  const { call, at } = data;
  db.transaction(() => {
    const key = db.prepare(
      `INSERT INTO keys (id, purpose, public_key, private_key, private_key_protection, created_at)
       VALUES (?, ?, ?, ?, 'none', ?)`,
    );
    key.run(
      'office-signing',
      'office-signing',
      data.officeKeys.signingPublicKey,
      Buffer.from(data.officeKeys.signingPrivateKey),
      at,
    );
    key.run(
      'office-encryption',
      'office-encryption',
      data.officeKeys.encryptionPublicKey,
      Buffer.from(data.officeKeys.encryptionPrivateKey),
      at,
    );
    db.prepare(
      `INSERT INTO calls (id, code, title_zh, title_en, category, template, status, review_due_at,
         rubric_version, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'general', ?, 'reviewing', ?, 1, ?, ?)`,
    ).run(call.id, call.code, call.titleZh, call.titleEn, data.rubric.template, call.reviewDueAt, at, at);
    db.prepare(
      'INSERT INTO rubric_versions (call_id, version, rubric_json, created_at) VALUES (?, 1, ?, ?)',
    ).run(call.id, JSON.stringify(data.rubric), at);
    const application = db.prepare(
      `INSERT INTO applications (id, call_id, reference_no, title, pi_name, institution, created_at)
       VALUES (?, ?, ?, ?, '', '', ?)`,
    );
    for (const row of data.applications) application.run(row.id, call.id, row.referenceNo, row.title, at);
    const reviewer = db.prepare(
      `INSERT INTO reviewers (id, name, email, signing_public_key, enrolment_secret, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const row of data.reviewers) {
      reviewer.run(row.id, row.name, row.email, row.signingPublicKey, row.enrolmentSecret, at);
    }
    const assignment = db.prepare(
      `INSERT INTO assignments (call_id, application_id, reviewer_id, status, due_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const row of data.assignments) {
      assignment.run(
        call.id,
        row.applicationId,
        row.reviewerId,
        row.status ?? 'assigned',
        row.dueAt ?? null,
        at,
      );
    }
  })();
}
