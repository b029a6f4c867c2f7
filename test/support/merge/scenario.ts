import { randomUuid } from '../../../electron/core/ids';
import type { Db } from '../../../db/connection';
import { seedMergeFixture, type MergeFixtureData } from '../db/merge-fixture';
import { base64urlDecode, base64urlEncode } from '../../../shared/bundle/encoding';
import type { ReviewBundleContent } from '../../../shared/domain/review-bundle';
import type { ReviewContent, VersionedReview } from '../../../shared/domain/review';
import type { Rubric } from '../../../shared/domain/rubric';
import { horizonEuropeRubric } from '../../../shared/rubric-templates/horizon-europe';
import { writeBundle } from '../../../electron/bundle/envelope';
import { generateEncryptionKeyPair, generateSigningKeyPair, type KeyPair } from '../../../electron/crypto';
import { seededByteSource } from '../../../shared/random/bytes';
import type { RandomBytes } from '../../../electron/crypto/random';
import { reviewDigest } from '../../../electron/core/review-digest';
import { enrolmentHmac } from '../../../electron/crypto/enrolment';

/**
 * Builds office workspaces and review bundles for the merge tests and the benchmark, from a seed:
 * the same seed always gives the same ids, keys and bundles. Bundles are made with the real
 * `writeBundle` (signed with the reviewer's Ed25519 key, encrypted to the office's X25519 key).
 */
export interface ScenarioReviewer {
  id: string;
  name: string;
  signing: KeyPair;
  enrolmentSecret: string;
  /** Application ids assigned to this reviewer. */
  applications: string[];
}

export interface Scenario {
  data: MergeFixtureData;
  rubric: Rubric;
  callId: string;
  callCode: string;
  office: { signing: KeyPair; encryption: KeyPair };
  reviewers: ScenarioReviewer[];
  random: RandomBytes;
}

export interface ScenarioOptions {
  seed: string;
  reviewers: number;
  applications: number;
  /** Assignments per reviewer (consecutive applications, wrapping around). */
  perReviewer: number;
  rubric?: Rubric;
  reviewDueAt?: string | null;
}

export function uuidFrom(random: RandomBytes): string {
  return randomUuid(random);
}

export function createScenario(options: ScenarioOptions): Scenario {
  const random = seededByteSource(options.seed);
  const rubric = options.rubric ?? horizonEuropeRubric();
  const callId = uuidFrom(random);
  const callCode = `GX-${options.seed.slice(0, 12).replace(/[^A-Za-z0-9]/g, '') || 'CALL'}-2026`;
  const office = { signing: generateSigningKeyPair(random), encryption: generateEncryptionKeyPair(random) };
  const applications = Array.from({ length: options.applications }, (_, index) => ({
    id: uuidFrom(random),
    referenceNo: `A${String(index + 1).padStart(5, '0')}`,
    title: `申请书 Application ${index + 1}`,
  }));
  const reviewers: ScenarioReviewer[] = Array.from({ length: options.reviewers }, (_, index) => ({
    id: uuidFrom(random),
    name: `评审专家 Reviewer ${index + 1}`,
    signing: generateSigningKeyPair(random),
    enrolmentSecret: base64urlEncode(random(32)),
    applications: Array.from(
      { length: Math.min(options.perReviewer, options.applications) },
      (_, k) => (applications[(index * options.perReviewer + k) % options.applications] as { id: string }).id,
    ),
  }));
  const data: MergeFixtureData = {
    call: {
      id: callId,
      code: callCode,
      titleZh: '2026 年度自然科学基金',
      titleEn: '2026 Natural Science Fund',
      reviewDueAt: options.reviewDueAt ?? null,
    },
    rubric,
    applications,
    reviewers: reviewers.map((reviewer, index) => ({
      id: reviewer.id,
      name: reviewer.name,
      email: `reviewer${index + 1}@example.org`,
      enrolmentSecret: reviewer.enrolmentSecret,
      signingPublicKey: null,
    })),
    assignments: reviewers.flatMap((reviewer) =>
      reviewer.applications.map((applicationId) => ({ applicationId, reviewerId: reviewer.id })),
    ),
    officeKeys: {
      signingPublicKey: office.signing.publicKey,
      signingPrivateKey: base64urlDecode(office.signing.privateKey) as Uint8Array,
      encryptionPublicKey: office.encryption.publicKey,
      encryptionPrivateKey: base64urlDecode(office.encryption.privateKey) as Uint8Array,
    },
    at: '2026-11-01T08:00:00.000Z',
  };
  return { data, rubric, callId, callCode, office, reviewers, random };
}

export function seedScenario(db: Db, scenario: Scenario): void {
  seedMergeFixture(db, scenario.data);
}

/**
 * A complete, valid review of `applicationId` on the rubric; `variant` moves every score along its
 * scale, so different variants give different content (and digests).
 */
export function completeReview(
  scenario: Pick<Scenario, 'rubric' | 'callId'>,
  reviewerId: string,
  applicationId: string,
  variant = 0,
): ReviewContent {
  const { rubric } = scenario;
  const scores: Record<string, number> = {};
  const choices: Record<string, string> = {};
  for (const criterion of rubric.criteria) {
    if (criterion.type === 'score') {
      const { min, max, step, levels } = criterion.scale;
      const values = levels
        ? levels.map((level) => level.value)
        : Array.from({ length: Math.floor((max - min) / step) + 1 }, (_, i) => min + i * step);
      scores[criterion.id] = values[Math.abs(variant) % values.length] as number;
    } else {
      choices[criterion.id] = (
        criterion.options[Math.abs(variant) % criterion.options.length] as { id: string }
      ).id;
    }
  }
  const comments: Record<string, string> = {};
  for (const field of rubric.comments) {
    const base = `研究思路清晰，方法可行。The work plan is sound (${variant}). `;
    comments[field.id] = base.repeat(Math.max(1, Math.ceil(field.minLength / base.length)));
  }
  return {
    callId: scenario.callId,
    applicationId,
    reviewerId,
    status: 'submitted',
    scores,
    choices,
    comments,
    recommendation:
      rubric.recommendations[Math.abs(variant) % Math.max(1, rubric.recommendations.length)]?.id ?? null,
    familiarity: rubric.familiarityAsked ? 'familiar' : null,
    budgetOpinion: rubric.budgetOpinionAsked
      ? { verdict: 'appropriate', recommendedAmount: 1_000_000, reason: '' }
      : null,
    recusal: null,
  };
}

/** A recusal of `applicationId`: no scores, a declared conflict with a reason. */
export function recusalReview(
  scenario: Pick<Scenario, 'callId'>,
  reviewerId: string,
  applicationId: string,
  reason = '申请人是我近三年的合作者。The applicant is a recent co-author.',
): ReviewContent {
  return {
    callId: scenario.callId,
    applicationId,
    reviewerId,
    status: 'recused',
    scores: {},
    choices: {},
    comments: {},
    recommendation: null,
    familiarity: null,
    budgetOpinion: null,
    recusal: { type: 'collaborator', reason },
  };
}

export function versioned(content: ReviewContent, revision: number): VersionedReview {
  return { content, revision, digest: reviewDigest(content) };
}

export interface BundleOverrides {
  /** Replace or reshape the content before it is serialized (hostile bundles). */
  content?: (content: ReviewBundleContent) => unknown;
  /** Raw bytes of content.json instead of the serialized content (invalid UTF-8, NaN…). */
  contentBytes?: Uint8Array;
  signingKey?: KeyPair;
  recipientKey?: string;
  callId?: string;
  callCode?: string;
  senderId?: string;
  bundleId?: string;
  createdAt?: string;
}

/** The bytes of a review bundle from `reviewer` carrying `reviews`. */
export async function buildReviewBundle(
  scenario: Scenario,
  reviewer: ScenarioReviewer,
  reviews: readonly VersionedReview[],
  overrides: BundleOverrides = {},
): Promise<Uint8Array> {
  const signing = overrides.signingKey ?? reviewer.signing;
  const content: ReviewBundleContent = {
    reviewerId: reviewer.id,
    packageVersion: 1,
    exportedAt: overrides.createdAt ?? '2026-11-20T10:00:00.000Z',
    enrolment: {
      signingPublicKey: signing.publicKey,
      hmac: enrolmentHmac(reviewer.enrolmentSecret, signing.publicKey) as string,
    },
    reviews: [...reviews],
  };
  const shaped = overrides.content ? overrides.content(content) : content;
  const bytes = overrides.contentBytes ?? new TextEncoder().encode(JSON.stringify(shaped));
  return writeBundle({
    kind: 'review-bundle',
    bundleId: overrides.bundleId ?? uuidFrom(scenario.random),
    callId: overrides.callId ?? scenario.callId,
    callCode: overrides.callCode ?? scenario.callCode,
    sender: { role: 'reviewer', id: overrides.senderId ?? reviewer.id, name: reviewer.name },
    recipient: { role: 'office', id: 'office' },
    createdAt: overrides.createdAt ?? '2026-11-20T10:00:00.000Z',
    entries: [{ name: 'content.json', bytes }],
    signingPrivateKey: signing.privateKey,
    encryption: {
      scheme: 'publicKey',
      recipientPublicKey: overrides.recipientKey ?? scenario.office.encryption.publicKey,
    },
    random: scenario.random,
  });
}
