import { z } from 'zod';
import { channel } from './channel';
import { fileSourceSchema, importReportSchema } from '../domain/import-report';
import { reviewerInputSchema, reviewerSchema } from '../domain/reviewer';

export const reviewerRowSchema = reviewerSchema.extend({
  /** Active assignments over all calls. */
  assigned: z.number().int(),
});

export const reviewersChannels = {
  'reviewers.list': channel(z.object({}), z.array(reviewerRowSchema)),
  /** Adding or editing a reviewer re-runs conflict detection for every open call. */
  'reviewers.create': channel(reviewerInputSchema, reviewerSchema),
  'reviewers.update': channel(
    z.object({ reviewerId: z.string().min(1), reviewer: reviewerInputSchema }),
    reviewerSchema,
  ),
  /** Refused once the reviewer has assignments or reviews. */
  'reviewers.delete': channel(
    z.object({ reviewerId: z.string().min(1) }),
    z.object({ deleted: z.boolean() }),
  ),
  /**
   * Re-enrols a reviewer whose key is pinned (they work on a second laptop or reinstalled): the
   * key is retired, a new enrolment secret is made (the next package issued to them carries it),
   * and the next bundle signed by their new key with the new proof pins it. Reviews already merged
   * stay. Audited with the reason. Refused when no key is pinned.
   */
  'reviewers.reenrol': channel(
    z.object({ reviewerId: z.string().min(1), reason: z.string().trim().min(1).max(1000) }),
    reviewerSchema,
  ),
  /** CSV/XLSX with zh or en headers; duplicates by e-mail refused; any error: nothing written. */
  'reviewers.import': channel(
    z.object({
      file: fileSourceSchema,
      dryRun: z.boolean().default(false),
      /** Write the valid rows although some rows have errors (the officer confirmed it). */
      importValidRows: z.boolean().default(false),
    }),
    importReportSchema.extend({ preview: z.array(reviewerInputSchema) }),
  ),
};
