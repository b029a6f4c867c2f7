import { z } from 'zod';
import { channel } from './channel';
import { intervalSchema } from '../domain/ranking-run';
import { localizedTextSchema } from '../domain/localized';

/**
 * Reviewer record (评审专家记录, issue 12): what each reviewer did in each call of this workspace,
 * the officer's ratings of their reviews, and a credit score whose weights are declared here and
 * shown beside every score (docs/quality.md).
 */
const idSchema = z.string().min(1).max(200);
const share = z.number().min(0).max(1);

/** The parts of the credit score, each a figure between 0 and 1 (docs/quality.md says how). */
export const creditComponents = ['completion', 'onTime', 'agreement', 'usefulness', 'balance'] as const;
export const creditComponentSchema = z.enum(creditComponents);
export type CreditComponent = z.infer<typeof creditComponentSchema>;

export const creditWeightsSchema = z.strictObject({
  completion: z.number().min(0).max(100),
  onTime: z.number().min(0).max(100),
  agreement: z.number().min(0).max(100),
  usefulness: z.number().min(0).max(100),
  balance: z.number().min(0).max(100),
});
export type CreditWeights = z.infer<typeof creditWeightsSchema>;

export const creditSchema = z.object({
  /** 0–100, or null when no component could be computed. */
  score: z.number().min(0).max(100).nullable(),
  components: z.record(creditComponentSchema, share.nullable()),
});
export type Credit = z.infer<typeof creditSchema>;

export const recordCallSchema = z.object({
  callId: z.string(),
  code: z.string(),
  title: localizedTextSchema,
  assigned: z.number().int(),
  submitted: z.number().int(),
  recused: z.number().int(),
  declaredConflicts: z.number().int(),
  /** Share of the reviews due by now that came in on or before their due date. */
  onTimeShare: share.nullable(),
  /** Median days late of the late (or overdue) reviews. */
  medianDaysLate: z.number().nonnegative().nullable(),
  leniency: z.number().nullable(),
  leniencyCri90: intervalSchema.nullable(),
  agreement: z.number().min(-1).max(1).nullable(),
  /** Mean characters of the comments meant for the applicant, per submitted review. */
  commentLength: z.number().nonnegative().nullable(),
  ratings: z.number().int(),
  meanRating: z.number().min(1).max(4).nullable(),
  credit: creditSchema,
});
export type RecordCall = z.infer<typeof recordCallSchema>;

export const reviewerRecordSchema = z.object({
  reviewerId: z.string(),
  name: z.string(),
  institution: z.string(),
  calls: z.array(recordCallSchema),
  /** Over all calls (components averaged over the calls that have them). */
  credit: creditSchema,
  annotations: z.array(z.object({ id: z.number().int(), note: z.string(), createdAt: z.string() })),
});
export type ReviewerRecord = z.infer<typeof reviewerRecordSchema>;

const exportFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected file bytes'),
});

const ratingKeySchema = z.object({ callId: idSchema, applicationId: idSchema, reviewerId: idSchema });

export const reviewerRecordChannels = {
  /** Every reviewer's record across the workspace's calls, with the weights the scores use. */
  'reviewerRecord.list': channel(
    z.object({}),
    z.object({ weights: creditWeightsSchema, reviewers: z.array(reviewerRecordSchema) }),
  ),
  /** The officer's rating of one review's usefulness (1–4) with an optional note; audited. */
  'reviewerRecord.rate': channel(
    ratingKeySchema.extend({
      rating: z.number().int().min(1).max(4),
      note: z.string().trim().max(2000).default(''),
    }),
    z.object({ rating: z.number().int(), note: z.string(), ratedAt: z.string() }),
  ),
  /** The officer's rating of one review, if any. */
  'reviewerRecord.rating': channel(
    ratingKeySchema,
    z.object({ rating: z.number().int(), note: z.string(), ratedAt: z.string() }).nullable(),
  ),
  /** Declare the credit score's weights (at least one above zero); audited with before and after. */
  'reviewerRecord.setWeights': channel(creditWeightsSchema, creditWeightsSchema),
  /** The reviewer record as an XLSX workbook (one row per reviewer and call, notes, weights); audited. */
  'reviewerRecord.export': channel(z.object({}), exportFileSchema),
  /**
   * One reviewer's letter of thanks and feedback as a PDF, in the language given or else the
   * caller's: their own figures only, never another reviewer's. Audited.
   */
  'reviewerRecord.letter': channel(
    z.object({ reviewerId: idSchema, language: z.enum(['zh-CN', 'en']).nullable().default(null) }),
    exportFileSchema,
  ),
  /** Add a note beside a reviewer's record; notes are never edited or removed. Audited. */
  'reviewerRecord.annotate': channel(
    z.object({ reviewerId: idSchema, note: z.string().trim().min(1).max(2000) }),
    z.object({ id: z.number().int(), createdAt: z.string() }),
  ),
};
