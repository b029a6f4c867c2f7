import { z } from 'zod';

/**
 * What a reviewer sends for one application. The same shape is stored, bundled and merged; its
 * digest is the SHA-256 of the RFC 8785 canonical JSON of `reviewContentSchema` output.
 */
export const familiaritySchema = z.enum(['familiar', 'somewhat', 'unfamiliar']);
export const budgetVerdictSchema = z.enum(['appropriate', 'too-high', 'too-low']);
export const recusalTypeSchema = z.enum([
  'same-institution',
  'collaborator',
  'competitor',
  'personal',
  'other',
]);

/** Longest comment a review stores, in UTF-16 code units (what `maxlength` and `.length` count). */
export const COMMENT_MAX_LENGTH = 20000;
/** Longest budget-opinion or recusal reason a review stores. */
export const REASON_MAX_LENGTH = 4000;

export const budgetOpinionSchema = z.object({
  verdict: budgetVerdictSchema,
  /** Recommended lump sum in yuan (CNY). */
  recommendedAmount: z.number().int().nonnegative(),
  reason: z.string().max(REASON_MAX_LENGTH),
});
export type BudgetOpinion = z.infer<typeof budgetOpinionSchema>;

export const recusalSchema = z.object({ type: recusalTypeSchema, reason: z.string().max(REASON_MAX_LENGTH) });
export type Recusal = z.infer<typeof recusalSchema>;

export const reviewStatusSchema = z.enum(['draft', 'submitted', 'recused']);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

export const reviewContentSchema = z.strictObject({
  callId: z.string().min(1),
  applicationId: z.string().min(1),
  reviewerId: z.string().min(1),
  status: reviewStatusSchema,
  scores: z.record(z.string(), z.number().finite()),
  choices: z.record(z.string(), z.string()),
  comments: z.record(z.string(), z.string().max(COMMENT_MAX_LENGTH)),
  recommendation: z.string().nullable(),
  familiarity: familiaritySchema.nullable(),
  budgetOpinion: budgetOpinionSchema.nullable(),
  recusal: recusalSchema.nullable(),
});
export type ReviewContent = z.infer<typeof reviewContentSchema>;

/** A review as versioned: the winner of a merge is the greater (revision, digest). */
export const versionedReviewSchema = z.strictObject({
  content: reviewContentSchema,
  revision: z.number().int().nonnegative(),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});
export type VersionedReview = z.infer<typeof versionedReviewSchema>;

/** Total order of review versions used by merge: revision first, then digest as text. */
export function compareVersions(
  a: { revision: number; digest: string },
  b: { revision: number; digest: string },
): number {
  if (a.revision !== b.revision) return a.revision - b.revision;
  return a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0;
}
