import { createHash } from 'node:crypto';
import type { Rubric } from '../../../shared/domain/rubric';
import type { Db } from '../../../db/connection';

/**
 * Test and demo helper: writes a call with its rubric, challenges, applications, reviewers and
 * reviews straight into an office workspace, as a merge would leave them. Used by the results tests
 * and end-to-end test until merged review bundles can be produced by the app itself.
 */
export interface FixtureCall {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string;
  category: 'general' | 'lump-sum' | 'challenge';
  template?: string;
  envelope: number | null;
  integrityMakesIneligible?: boolean;
  /** The call's review due date (none when left out). */
  reviewDueAt?: string;
}

export interface FixtureApplication {
  id: string;
  referenceNo: string;
  title: string;
  piName: string;
  institution: string;
  requested: number;
  challengeId?: string;
  status?: 'active' | 'withdrawn' | 'ineligible' | 'archived';
  /** Adds an integrity entry and flag naming the PI. */
  flagged?: boolean;
}

export interface FixtureReview {
  application: string;
  reviewer: string;
  status: 'draft' | 'submitted' | 'recused';
  scores: Record<string, number>;
  recommendation?: string | null;
  comments?: Record<string, string>;
  /** When a submitted review came in (the fixture's `at` when left out). */
  submittedAt?: string;
  budgetOpinion?: {
    verdict: 'appropriate' | 'too-high' | 'too-low';
    recommendedAmount: number;
    reason: string;
  };
}

export interface Fixture {
  call: FixtureCall;
  rubric: Rubric;
  challenges?: { id: string; code: string; titleZh: string; titleEn: string; awards: number }[];
  applications: FixtureApplication[];
  reviewers: { id: string; name: string; institution?: string }[];
  reviews: FixtureReview[];
  at?: string;
}

export function seedResultsFixture(db: Db, fixture: Fixture): void {
  const at = fixture.at ?? '2026-11-01T08:00:00.000Z';
  const { call } = fixture;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO calls (id, code, title_zh, title_en, category, template, status, budget_envelope,
         integrity_makes_ineligible, review_due_at, rubric_version, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'reviewing', ?, ?, ?, 1, ?, ?)`,
    ).run(
      call.id,
      call.code,
      call.titleZh,
      call.titleEn,
      call.category,
      call.template ?? fixture.rubric.template,
      call.envelope,
      call.integrityMakesIneligible === false ? 0 : 1,
      call.reviewDueAt ?? null,
      at,
      at,
    );
    db.prepare(
      'INSERT INTO rubric_versions (call_id, version, rubric_json, created_at) VALUES (?, 1, ?, ?)',
    ).run(call.id, JSON.stringify(fixture.rubric), at);
    for (const challenge of fixture.challenges ?? []) {
      db.prepare(
        'INSERT INTO challenges (id, call_id, code, title_zh, title_en, awards) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(challenge.id, call.id, challenge.code, challenge.titleZh, challenge.titleEn, challenge.awards);
    }
    for (const application of fixture.applications) {
      db.prepare(
        `INSERT INTO applications (id, call_id, reference_no, title, challenge_id, pi_name, institution,
           requested_total, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        application.id,
        call.id,
        application.referenceNo,
        application.title,
        application.challengeId ?? null,
        application.piName,
        application.institution,
        application.requested,
        application.status ?? 'active',
        at,
      );
      if (application.flagged) {
        const entryId = `integrity-${application.id}`;
        db.prepare(
          `INSERT INTO integrity_entries (id, kind, name, normalized_name, reason, created_at)
           VALUES (?, 'person', ?, ?, 'fixture', ?)`,
        ).run(entryId, application.piName, application.piName.toLowerCase(), at);
        db.prepare('INSERT INTO integrity_flags (application_id, entry_id, reason) VALUES (?, ?, ?)').run(
          application.id,
          entryId,
          'name match',
        );
      }
    }
    for (const reviewer of fixture.reviewers) {
      db.prepare(
        'INSERT INTO reviewers (id, name, email, institution, created_at) VALUES (?, ?, ?, ?, ?)',
      ).run(reviewer.id, reviewer.name, `${reviewer.id}@example.org`, reviewer.institution ?? '', at);
    }
    for (const review of fixture.reviews) insertReview(db, call.id, review, at);
  })();
}

function insertReview(db: Db, callId: string, review: FixtureReview, at: string): void {
  const digest = createHash('sha256')
    .update(JSON.stringify([callId, review]))
    .digest('hex');
  db.prepare(
    `INSERT OR IGNORE INTO assignments (call_id, application_id, reviewer_id, status, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    callId,
    review.application,
    review.reviewer,
    review.status === 'recused' ? 'recused' : 'assigned',
    at,
  );
  db.prepare(
    `INSERT INTO reviews (call_id, application_id, reviewer_id, status, revision, digest, recommendation,
       comments_json, budget_opinion_json, recusal_json, updated_at, submitted_at)
     VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    callId,
    review.application,
    review.reviewer,
    review.status,
    digest,
    review.recommendation ?? null,
    JSON.stringify(review.comments ?? {}),
    review.budgetOpinion ? JSON.stringify(review.budgetOpinion) : null,
    review.status === 'recused' ? JSON.stringify({ type: 'collaborator', reason: 'fixture' }) : null,
    at,
    review.status === 'submitted' ? (review.submittedAt ?? at) : null,
  );
  for (const [criterion, value] of Object.entries(review.scores)) {
    db.prepare(
      'INSERT INTO review_scores (call_id, application_id, reviewer_id, criterion_id, value) VALUES (?, ?, ?, ?, ?)',
    ).run(callId, review.application, review.reviewer, criterion, value);
  }
}

/** A small two-criterion rubric (1–5, higher is better) with a lump-sum budget opinion. */
export function fixtureRubric(overrides: Partial<Rubric> = {}): Rubric {
  const level = (value: number, zh: string, en: string) => ({
    value,
    code: String(value),
    label: { zh, en },
    descriptor: { zh, en },
  });
  const scale = {
    min: 1,
    max: 5,
    step: 1,
    direction: 'higher-is-better' as const,
    levels: [
      level(1, '差', 'Poor'),
      level(2, '中', 'Fair'),
      level(3, '良', 'Good'),
      level(4, '优', 'Very good'),
      level(5, '特优', 'Excellent'),
    ],
  };
  return {
    template: 'nsfc',
    name: { zh: '测试评审指标', en: 'Test rubric' },
    criteria: [
      {
        id: 'excellence',
        type: 'score',
        label: { zh: '科学价值', en: 'Excellence' },
        guidance: { zh: '', en: '' },
        weight: 2,
        scale,
        threshold: null,
      },
      {
        id: 'impact',
        type: 'score',
        label: { zh: '影响', en: 'Impact' },
        guidance: { zh: '', en: '' },
        weight: 1,
        scale,
        threshold: null,
      },
    ],
    totalThreshold: null,
    overall: 'weighted-mean',
    recommendations: [
      { id: 'priority', label: { zh: '优先资助', en: 'Fund with priority' } },
      { id: 'fundable', label: { zh: '可资助', en: 'Fundable' } },
      { id: 'reject', label: { zh: '不予资助', en: 'Do not fund' } },
    ],
    recommendationRequired: true,
    comments: [],
    familiarityAsked: false,
    budgetOpinionAsked: true,
    disagreementLimit: 2,
    nihScoring: false,
    ...overrides,
  };
}

/** Stores an office signing key as the key store keeps it: the raw 32-byte seed, unprotected. */
export function seedOfficeSigningKey(db: Db, key: { id: string; publicKey: string; seed: Uint8Array }): void {
  db.prepare(
    `INSERT INTO keys (id, purpose, public_key, private_key, private_key_protection, created_at)
     VALUES (?, 'office-signing', ?, ?, 'none', '2026-01-01T00:00:00.000Z')`,
  ).run(key.id, key.publicKey, key.seed);
}
