import type { Rubric } from '../../../shared/domain/rubric';
import type { Db } from '../../../db/connection';

/**
 * Test helper for assignment and package tests: writes a call with its rubric, applications (with
 * budget lines and PDF attachments), reviewers and conflicts straight into an office workspace, as
 * the office-setup screens would leave them.
 */
export interface AssignmentFixture {
  call: {
    id: string;
    code: string;
    category?: 'general' | 'lump-sum' | 'challenge';
    reviewMode?: 'open' | 'blind';
    reviewersPerApplication?: number;
    reviewDueAt?: string | null;
    rubric: Rubric;
    challenges?: { id: string; code: string; titleZh: string; titleEn: string }[];
  };
  applications: {
    id: string;
    referenceNo: string;
    title?: string;
    keywords?: string[];
    discipline?: string;
    challengeId?: string | null;
    piName?: string;
    institution?: string;
    email?: string;
    team?: string[];
    requestedTotal?: number;
    status?: 'active' | 'withdrawn' | 'ineligible';
    budgetLines?: { workPackage: string; year: number; amount: number }[];
    attachments?: { id: string; fileName: string; sha256: string; content: Uint8Array }[];
  }[];
  reviewers: {
    id: string;
    name: string;
    email?: string;
    institution?: string;
    expertise?: string[];
    maxLoad?: number;
  }[];
  conflicts?: { applicationId: string; reviewerId: string; type?: string }[];
}

const AT = '2026-11-01T08:00:00.000Z';

export function insertAssignmentFixture(db: Db, fixture: AssignmentFixture): void {
  const { call } = fixture;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO calls (id, code, title_zh, title_en, category, template, review_mode,
         reviewers_per_application, review_due_at, rubric_version, created_at, updated_at)
       VALUES (@id, @code, @titleZh, @titleEn, @category, @template, @reviewMode, @k, @due, 1, @at, @at)`,
    ).run({
      id: call.id,
      code: call.code,
      titleZh: `${call.code} 测试项目`,
      titleEn: `${call.code} test call`,
      category: call.category ?? 'lump-sum',
      template: call.rubric.template,
      reviewMode: call.reviewMode ?? 'open',
      k: call.reviewersPerApplication ?? 2,
      due: call.reviewDueAt ?? null,
      at: AT,
    });
    db.prepare(
      'INSERT INTO rubric_versions (call_id, version, rubric_json, created_at) VALUES (?, 1, ?, ?)',
    ).run(call.id, JSON.stringify(call.rubric), AT);
    for (const challenge of call.challenges ?? []) {
      db.prepare(
        'INSERT INTO challenges (id, call_id, code, title_zh, title_en, awards) VALUES (@id, @callId, @code, @titleZh, @titleEn, 1)',
      ).run({ ...challenge, callId: call.id });
    }
    for (const application of fixture.applications) {
      db.prepare(
        `INSERT INTO applications (id, call_id, reference_no, title, abstract, keywords_json, discipline,
           challenge_id, pi_name, institution, email, team_json, duration_months, requested_total, status, created_at)
         VALUES (@id, @callId, @referenceNo, @title, @abstract, @keywords, @discipline, @challengeId, @piName,
           @institution, @email, @team, 36, @requestedTotal, @status, @at)`,
      ).run({
        id: application.id,
        callId: call.id,
        referenceNo: application.referenceNo,
        title: application.title ?? `Application ${application.referenceNo}`,
        abstract: `Abstract of ${application.referenceNo}`,
        keywords: JSON.stringify(application.keywords ?? []),
        discipline: application.discipline ?? '',
        challengeId: application.challengeId ?? null,
        piName: application.piName ?? `PI ${application.referenceNo}`,
        institution: application.institution ?? 'Institute',
        email: application.email ?? `${application.id}@example.org`,
        team: JSON.stringify(application.team ?? []),
        requestedTotal: application.requestedTotal ?? 0,
        status: application.status ?? 'active',
        at: AT,
      });
      for (const line of application.budgetLines ?? []) {
        db.prepare(
          'INSERT INTO budget_lines (application_id, work_package, year, amount) VALUES (?, ?, ?, ?)',
        ).run(application.id, line.workPackage, line.year, line.amount);
      }
      for (const file of application.attachments ?? []) {
        db.prepare(
          'INSERT INTO attachments (id, application_id, file_name, sha256, size, content) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(
          file.id,
          application.id,
          file.fileName,
          file.sha256,
          file.content.length,
          Buffer.from(file.content),
        );
      }
    }
    for (const reviewer of fixture.reviewers) {
      db.prepare(
        `INSERT INTO reviewers (id, name, email, institution, expertise_json, max_load, created_at)
         VALUES (@id, @name, @email, @institution, @expertise, @maxLoad, @at)`,
      ).run({
        id: reviewer.id,
        name: reviewer.name,
        email: reviewer.email ?? `${reviewer.id}@example.org`,
        institution: reviewer.institution ?? '',
        expertise: JSON.stringify(reviewer.expertise ?? []),
        maxLoad: reviewer.maxLoad ?? 10,
        at: AT,
      });
    }
    for (const conflict of fixture.conflicts ?? []) {
      db.prepare(
        `INSERT INTO conflicts (application_id, reviewer_id, type, reason, source, created_at)
         VALUES (?, ?, ?, 'test', 'officer', ?)`,
      ).run(conflict.applicationId, conflict.reviewerId, conflict.type ?? 'manual', AT);
    }
  })();
}

/** A merged review for a pair, as the merge would store it (enough for "has a review" checks). */
export function insertReview(
  db: Db,
  review: { callId: string; applicationId: string; reviewerId: string },
): void {
  db.prepare(
    `INSERT INTO reviews (call_id, application_id, reviewer_id, status, revision, digest, updated_at)
     VALUES (@callId, @applicationId, @reviewerId, 'submitted', 1, 'test', '${AT}')`,
  ).run(review);
}

export function setCallStatus(
  db: Db,
  callId: string,
  status: 'draft' | 'reviewing' | 'decided' | 'archived',
): void {
  db.prepare('UPDATE calls SET status = ? WHERE id = ?').run(status, callId);
}

export function countAssignments(db: Db, callId: string): number {
  return (
    db
      .prepare(`SELECT count(*) AS n FROM assignments WHERE call_id = ? AND status = 'assigned'`)
      .get(callId) as {
      n: number;
    }
  ).n;
}
