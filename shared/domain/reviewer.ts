import { z } from 'zod';

/** An expert reviewer (评审专家) as the office registers them. */
export const reviewerInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  institution: z.string().max(500),
  expertise: z.array(z.string().trim().min(1).max(200)).max(100),
  /** Language codes such as `zh`, `en`. */
  languages: z.array(z.string().trim().min(1).max(20)).max(20),
  /** Declared collaborators (names) for conflict detection (回避). */
  collaborators: z.array(z.string().trim().min(1).max(200)).max(500),
  maxLoad: z.number().int().min(0).max(10000),
});
export type ReviewerInput = z.infer<typeof reviewerInputSchema>;

export const reviewerSchema = reviewerInputSchema.extend({
  id: z.string(),
  /** True once the reviewer's first bundle enrolled a signing key. */
  enrolled: z.boolean(),
  /**
   * `enrolled`: a key is pinned; `not-enrolled`: no bundle merged yet; `awaiting-re-enrolment`: the
   * officer retired the pinned key (second laptop, reinstall) and the next bundle pins a new one.
   */
  keyStatus: z.enum(['not-enrolled', 'enrolled', 'awaiting-re-enrolment']),
  /** First 8 hex digits of the SHA-256 of the pinned signing key, or null. */
  keyFingerprint: z.string().nullable(),
  createdAt: z.string(),
});
export type Reviewer = z.infer<typeof reviewerSchema>;
