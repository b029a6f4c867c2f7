import { z } from 'zod';
import { packageApplicationSchema } from './assignment-package';
import { localizedTextSchema } from './localized';
import { scoredCriteria } from './review-score';
import { rubricSchema, type Rubric } from './rubric';

/**
 * The two panel bundle kinds (docs/panel-bundles.md):
 *
 * - `panel-package` (会议评审材料包, office → one panel member, passphrase-encrypted):
 *   `payload/content.json` is `PanelPackageContent`, PDFs travel as `attachments/<sha256>.pdf`.
 *   It carries the shortlisted applications the member may vote on (never those they are
 *   conflicted on) and an anonymised digest of the mail reviews: numbered reviews with their
 *   scores and the comments meant for the applicant. Reviewer names, ids, e-mails and the
 *   confidential comments are never put in it.
 * - `ballot-bundle` (投票包, member → office, encrypted to the office's key): `payload/content.json`
 *   is `BallotBundleContent`, every ballot the member cast with its revision and digest.
 */

export const panelVoteValueSchema = z.enum(['for', 'against', 'abstain']);
const ruleSchema = z.strictObject({ quorum: z.number().gt(0).max(1), majority: z.enum(['>1/2', '>=2/3']) });

/** One mail review as the panel sees it: a number instead of a name, scores and applicant comments. */
export const digestReviewSchema = z.strictObject({
  /** 1, 2, …: the order of overall scores, not of reviewers. */
  n: z.number().int().positive(),
  overall: z.number().nullable(),
  scores: z.record(z.string(), z.number()),
  recommendation: z.string().nullable(),
  /** Comment field id → text; only the fields an applicant may read. */
  comments: z.record(z.string(), z.string()),
});
export type DigestReview = z.infer<typeof digestReviewSchema>;

export const reviewDigestSchema = z.strictObject({
  submitted: z.number().int().nonnegative(),
  overall: z.strictObject({ mean: z.number(), min: z.number(), max: z.number(), sd: z.number() }).nullable(),
  criteria: z.array(z.strictObject({ id: z.string(), mean: z.number(), min: z.number(), max: z.number() })),
  reviews: z.array(digestReviewSchema),
});
export type ReviewDigest = z.infer<typeof reviewDigestSchema>;

export const panelApplicationSchema = packageApplicationSchema.extend({ digest: reviewDigestSchema });
export type PanelApplication = z.infer<typeof panelApplicationSchema>;

export const panelPackageContentSchema = z.strictObject({
  packageVersion: z.number().int().positive(),
  issuedAt: z.string(),
  call: z.strictObject({
    id: z.string().min(1),
    code: z.string().min(1),
    title: localizedTextSchema,
    reviewMode: z.enum(['open', 'blind']),
    rubricVersion: z.number().int().positive(),
    rubric: rubricSchema,
  }),
  /** The panel member this package is for. */
  reviewer: z.strictObject({
    id: z.string().min(1),
    name: z.string(),
    email: z.string(),
    institution: z.string(),
  }),
  office: z.strictObject({
    name: z.string(),
    signingPublicKey: z.string(),
    encryptionPublicKey: z.string(),
  }),
  /** Base64url secret; the first bundle the member sends proves its key with HMAC(secret, key). */
  enrolmentSecret: z.string().min(43),
  rule: ruleSchema,
  /** The range a final score must lie in: the overall score's scale of the rubric. */
  finalScale: z.strictObject({ min: z.number(), max: z.number() }),
  /** Shortlisted applications in reference order, minus those the member is conflicted on. */
  applications: z.array(panelApplicationSchema),
});
export type PanelPackageContent = z.infer<typeof panelPackageContentSchema>;

export const BALLOT_COMMENT_MAX = 2000;

/** One ballot as the member's app keeps and sends it. */
export const versionedBallotSchema = z.strictObject({
  applicationId: z.string().min(1).max(200),
  vote: panelVoteValueSchema,
  finalScore: z.number().finite().nullable(),
  comment: z.string().max(BALLOT_COMMENT_MAX),
  /** Raised by every saved change; the greater (revision, digest) wins at the office. */
  revision: z.number().int().positive(),
  /** ballotDigest(call, member, ballot): see electron/panel/ballots.ts. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});
export type VersionedBallot = z.infer<typeof versionedBallotSchema>;

export const ballotBundleContentSchema = z.strictObject({
  reviewerId: z.string().min(1),
  /** The panel package version the member last opened. */
  packageVersion: z.number().int().positive(),
  exportedAt: z.string(),
  enrolment: z.strictObject({ signingPublicKey: z.string(), hmac: z.string() }),
  ballots: z.array(versionedBallotSchema).max(100000),
});
export type BallotBundleContent = z.infer<typeof ballotBundleContentSchema>;

/**
 * The scale of a review's overall score: the weighted mean (or sum) of the scored criteria's
 * scale ends. A final score outside it is refused at entry and at merge.
 */
export function overallScale(rubric: Rubric): { min: number; max: number } {
  const criteria = scoredCriteria(rubric);
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
  const low = criteria.reduce((sum, c) => sum + c.weight * Math.min(c.scale.min, c.scale.max), 0);
  const high = criteria.reduce((sum, c) => sum + c.weight * Math.max(c.scale.min, c.scale.max), 0);
  if (rubric.overall === 'weighted-sum' || weights === 0) return { min: low, max: high };
  return { min: low / weights, max: high / weights };
}
