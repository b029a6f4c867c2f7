import { z } from 'zod';
import { versionedReviewSchema } from './review';

/**
 * `payload/content.json` of a review bundle (评审结果包, reviewer → office). Only submitted reviews
 * and recusals travel; drafts never leave the reviewer's machine.
 */
export const reviewBundleContentSchema = z.strictObject({
  reviewerId: z.string().min(1),
  /** The assignment package version the reviewer last opened. */
  packageVersion: z.number().int().positive(),
  exportedAt: z.string(),
  /** Proof that this signing key belongs to the enrolled reviewer: HMAC-SHA256(enrolment secret, key). */
  enrolment: z.strictObject({ signingPublicKey: z.string(), hmac: z.string() }),
  reviews: z.array(versionedReviewSchema),
});
export type ReviewBundleContent = z.infer<typeof reviewBundleContentSchema>;
