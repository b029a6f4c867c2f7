import { z } from 'zod';
import { channel } from './channel';
import { localizedTextSchema } from '../domain/localized';
import { reviewContentSchema } from '../domain/review';
import { nextStepSchema } from '../domain/next-step';

/**
 * The office's review-progress dashboard: per call, per reviewer and per application, how many
 * reviews are assigned, received, recused and overdue; whom to chase; recusals to reassign; and
 * conflicting versions to resolve. "Overdue" = still outstanding after the assignment's due date
 * (or, without one, the call's review due date), compared with the handler's clock.
 */
const countSchema = z.number().int().nonnegative();
const idSchema = z.string().min(1).max(200);

export const progressCountsSchema = z.object({
  assigned: countSchema,
  received: countSchema,
  recused: countSchema,
  outstanding: countSchema,
  overdue: countSchema,
});
export type ProgressCounts = z.infer<typeof progressCountsSchema>;

export const callProgressSchema = progressCountsSchema.extend({
  id: z.string(),
  code: z.string(),
  title: localizedTextSchema,
  reviewDueAt: z.string().nullable(),
  conflicts: countSchema,
});

export const reviewerProgressSchema = progressCountsSchema.extend({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  /** Earliest due date among this reviewer's outstanding reviews. */
  nextDueAt: z.string().nullable(),
  lastBundleAt: z.string().nullable(),
});

export const applicationProgressSchema = progressCountsSchema.extend({
  id: z.string(),
  referenceNo: z.string(),
  title: z.string(),
});

export const chaseItemSchema = z.object({
  reviewerId: z.string(),
  name: z.string(),
  email: z.string(),
  outstanding: countSchema,
  overdue: countSchema,
  oldestDueAt: z.string().nullable(),
  applications: z.array(z.string()),
});

export const recusalItemSchema = z.object({
  applicationId: z.string(),
  referenceNo: z.string(),
  title: z.string(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  reason: z.string(),
  /** Reviewers still active on this application (assigned, not recused or released). */
  activeReviewers: countSchema,
});

export const conflictItemSchema = z.object({
  applicationId: z.string(),
  referenceNo: z.string(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  revision: z.number().int().nonnegative(),
  versions: z.number().int().min(2),
});

export const conflictVersionSchema = z.object({
  revision: z.number().int().nonnegative(),
  digest: z.string(),
  /** True for the version the workspace uses now (the greater digest). */
  current: z.boolean(),
  receivedAt: z.string(),
  content: reviewContentSchema,
});

export const dashboardChannels = {
  /** The officer's next step, from the state of the newest open call (the Overview shows it). */
  'dashboard.nextStep': channel(
    z.object({}),
    z.object({ step: nextStepSchema, callCode: z.string().nullable() }),
  ),
  'dashboard.calls': channel(z.object({}), z.array(callProgressSchema)),
  'dashboard.call': channel(
    z.object({ callId: idSchema }),
    z.object({
      call: callProgressSchema,
      reviewers: z.array(reviewerProgressSchema),
      applications: z.array(applicationProgressSchema),
      chase: z.array(chaseItemSchema),
      recusals: z.array(recusalItemSchema),
      conflicts: z.array(conflictItemSchema),
    }),
  ),
  /** The competing versions of one review, for a side-by-side comparison. */
  'dashboard.conflict': channel(
    z.object({ callId: idSchema, applicationId: idSchema, reviewerId: idSchema }),
    z.object({
      referenceNo: z.string(),
      reviewerName: z.string(),
      /** Labels for showing the versions: the call's current rubric. */
      criteria: z.array(z.object({ id: z.string(), label: localizedTextSchema })),
      recommendations: z.array(z.object({ id: z.string(), label: localizedTextSchema })),
      versions: z.array(conflictVersionSchema),
    }),
  ),
};
