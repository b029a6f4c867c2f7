import { z } from 'zod';
import { channel } from './channel';
import { localizedTextSchema } from '../domain/localized';
import {
  fundingGroupSchema,
  intervalSchema,
  lotteryRecordSchema,
  noticeSchema,
  rankMethodSchema,
  rankParametersSchema,
  rankingSummarySchema,
  seedSchema,
} from '../domain/ranking-run';

/**
 * Results (issue 6): ranking, funding line, recorded lottery, decisions and exports. Money is
 * integer yuan; rank 1 is the best application whatever the rubric's direction.
 */
const idSchema = z.string().min(1).max(200);
/** File bytes: Uint8Array on IPC, `{ $bytes }` base64 over HTTP (shared/contract/wire.ts). */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected file bytes');
const moneySchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const decisionOutcomeSchema = z.enum(['fund', 'reserve', 'not-fund']);
export type DecisionOutcome = z.infer<typeof decisionOutcomeSchema>;

/** How a run is computed; `fundable` and `envelope` may both be given (the smaller line wins). */
export const rankOptionsSchema = z.object({
  method: rankMethodSchema.default('bayes'),
  fundable: z.number().int().min(0).max(100000).optional(),
  envelope: moneySchema.optional(),
  seed: seedSchema.optional(),
  chains: z.number().int().min(1).max(16).optional(),
  iterations: z.number().int().min(100).max(200000).optional(),
  burnIn: z.number().int().min(0).max(200000).optional(),
  minReviewsForZ: z.number().int().min(2).max(1000).optional(),
});
export type RankOptions = z.input<typeof rankOptionsSchema>;

const rankResponseSchema = z.object({
  summary: rankingSummarySchema,
  seed: z.string(),
  notices: z.array(noticeSchema),
  warnings: z.array(z.string()),
});

export const callSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  title: localizedTextSchema,
  category: z.enum(['general', 'lump-sum', 'challenge']),
  status: z.string(),
  envelope: z.number().int().nullable(),
  applications: z.number().int(),
  submittedReviews: z.number().int(),
});

export const runInfoSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  parameters: rankParametersSchema,
  fundingLine: z.number().nullable(),
  fundingLines: z.record(z.string(), z.number().nullable()).nullable(),
  fundableCount: z.number().int().nullable(),
  rhatMax: z.number().nullable(),
  notices: z.array(noticeSchema),
  /** The reviews changed since this run: re-run before deciding. */
  stale: z.boolean(),
});
export type RunInfo = z.infer<typeof runInfoSchema>;

export const awardSchema = z.object({
  amount: z.number().int().nullable(),
  basis: z.enum(['median', 'requested', 'override', 'none']),
  median: z.number().nullable(),
  opinions: z.number().int(),
  capped: z.boolean(),
  reason: z.string().nullable(),
});

export const decisionSchema = z.object({
  outcome: decisionOutcomeSchema,
  amount: z.number().int().nullable(),
  note: z.string(),
  decidedAt: z.string(),
});

export const aggregateSchema = z.object({
  reviews: z.number().int(),
  n: z.number().int(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  sd: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  range: z.number().nullable(),
  weightedTotal: z.number().nullable(),
  criterionMeans: z.record(z.string(), z.number().nullable()),
  thresholdPass: z.boolean().nullable(),
  recommendations: z.record(z.string(), z.number().int()),
  disagreement: z.boolean(),
  nihImpact: z.number().nullable(),
  nihPercentile: z.number().nullable(),
});

export const resultApplicationSchema = z.object({
  id: z.string(),
  referenceNo: z.string(),
  title: z.string(),
  piName: z.string(),
  institution: z.string(),
  challenge: z.object({ id: z.string(), code: z.string(), title: localizedTextSchema }).nullable(),
  requested: z.number().int(),
  /** Integrity-flagged (and ineligible when the call says so) or marked ineligible. */
  excluded: z.boolean(),
  flagged: z.boolean(),
  /** Overall scores of the submitted reviews, by reviewer id. */
  scores: z.record(z.string(), z.number()),
  aggregate: aggregateSchema,
  ranking: z
    .object({
      rank: z.number(),
      er: z.number(),
      pcer: z.number(),
      sucra: z.number(),
      estimate: z.number(),
      cri50: intervalSchema,
      cri90: intervalSchema,
      group: fundingGroupSchema.nullable(),
    })
    .nullable(),
  award: awardSchema,
  /** Outcome of a recorded draw this application took part in. */
  lottery: z.enum(['selected', 'not-selected']).nullable(),
  decision: decisionSchema.nullable(),
});
export type ResultApplication = z.infer<typeof resultApplicationSchema>;

export const drawInfoSchema = z.object({
  id: z.string(),
  runId: z.string(),
  pool: z.string().nullable(),
  seedSource: z.enum(['officer', 'generated']),
  record: lotteryRecordSchema,
  awards: z.record(z.string(), z.number().int()),
  createdAt: z.string(),
});
export type DrawInfo = z.infer<typeof drawInfoSchema>;

export const moneySummarySchema = z.object({
  envelope: z.number().int().nullable(),
  committed: z.number().int(),
  reserved: z.number().int(),
  /** envelope − committed; negative when over; null without an envelope. */
  remaining: z.number().int().nullable(),
  funded: z.number().int(),
  reserve: z.number().int(),
  notFunded: z.number().int(),
  undecided: z.number().int(),
});
export type MoneySummary = z.infer<typeof moneySummarySchema>;

export const resultsViewSchema = z.object({
  call: callSummarySchema.extend({ integrityMakesIneligible: z.boolean() }),
  rubric: z.object({
    direction: z.enum(['higher-is-better', 'lower-is-better']),
    scale: z.object({ min: z.number(), max: z.number() }),
    criteria: z.array(z.object({ id: z.string(), label: localizedTextSchema })),
    recommendations: z.array(z.object({ id: z.string(), label: localizedTextSchema })),
    nihScoring: z.boolean(),
    disagreementLimit: z.number().nullable(),
  }),
  run: runInfoSchema.nullable(),
  applications: z.array(resultApplicationSchema),
  reviewers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      n: z.number().int(),
      leniency: z.number().nullable(),
      leniencyCri90: intervalSchema.nullable(),
    }),
  ),
  lottery: z.array(
    z.object({
      pool: z.string().nullable(),
      places: z.number().int(),
      candidates: z.array(z.string()),
      budget: z.number().nullable(),
      draw: drawInfoSchema.nullable(),
    }),
  ),
  money: moneySummarySchema,
});
export type ResultsView = z.infer<typeof resultsViewSchema>;

export const reviewDetailSchema = z.object({
  reviewerId: z.string(),
  reviewerName: z.string(),
  status: z.enum(['draft', 'submitted', 'recused']),
  overall: z.number().nullable(),
  scores: z.record(z.string(), z.number()),
  recommendation: z.string().nullable(),
  familiarity: z.string().nullable(),
  comments: z.record(z.string(), z.string()),
  budgetOpinion: z
    .object({ verdict: z.string(), recommendedAmount: z.number().int(), reason: z.string() })
    .nullable(),
});

const exportFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  bytes: bytesSchema,
});

export const resultsChannels = {
  /** Calls that can be ranked, with counts for the picker. */
  'results.calls': channel(z.object({}), z.array(callSummarySchema)),
  /** Rank a call's submitted reviews, store the run, and return its summary. Long: progress + cancel. */
  'results.rank': channel(
    rankOptionsSchema.extend({ callId: idSchema }),
    rankResponseSchema.extend({ runId: z.string() }),
  ),
  /**
   * Rank a score table from elsewhere (CSV: application,reviewer,score; empty score = missing).
   * Needs no workspace and stores nothing.
   */
  'results.rankScores': channel(
    rankOptionsSchema.extend({
      csv: z.string().max(64 * 1024 * 1024),
      direction: z.enum(['higher-is-better', 'lower-is-better']),
    }),
    rankResponseSchema,
  ),
  /** Everything the results screens show for one call, from its latest run. */
  'results.view': channel(z.object({ callId: idSchema }), resultsViewSchema),
  /** One application's reviews side by side (drafts included, marked; only submitted ones count). */
  'results.reviews': channel(
    z.object({ callId: idSchema, applicationId: idSchema }),
    z.object({
      criteria: z.array(z.object({ id: z.string(), label: localizedTextSchema })),
      reviews: z.array(reviewDetailSchema),
    }),
  ),
  /** Set (with a reason) or clear the officer's award amount for one application. */
  'results.award.override': channel(
    z.object({
      callId: idSchema,
      applicationId: idSchema,
      override: z.object({ amount: moneySchema, reason: z.string().trim().min(1).max(4000) }).nullable(),
    }),
    awardSchema,
  ),
  /** Draw the lottery of one pool of the latest run; the seed is the officer's or generated. */
  'results.lottery.draw': channel(
    z.object({
      callId: idSchema,
      runId: idSchema,
      pool: z.string().min(1).nullable(),
      seed: seedSchema.optional(),
    }),
    drawInfoSchema,
  ),
  /** Re-run a recorded draw (stored, or given as a record, e.g. from a results bundle). */
  'results.lottery.verify': channel(
    z.union([
      z.object({ drawId: idSchema }),
      z.object({ record: lotteryRecordSchema, awards: z.record(z.string(), z.number().int()) }),
    ]),
    z.object({
      matches: z.boolean(),
      recorded: z.array(z.string()),
      recomputed: z.array(z.string()),
    }),
  ),
  /** Record decisions; `outcome: null` clears one. Audit-logged, one transaction. */
  'results.decide': channel(
    z.object({
      callId: idSchema,
      decisions: z
        .array(
          z.object({
            applicationId: idSchema,
            outcome: decisionOutcomeSchema.nullable(),
            amount: moneySchema.nullable(),
            note: z.string().max(4000).default(''),
          }),
        )
        .min(1)
        .max(100000),
    }),
    moneySummarySchema,
  ),
  /** A file for the committee: XLSX (four sheets), CSV (one table) or an English-only PDF. */
  'results.export': channel(
    z.object({
      callId: idSchema,
      format: z.enum(['xlsx', 'csv', 'pdf']),
      table: z.enum(['ranking', 'reviews', 'budgets', 'decisions']).default('ranking'),
    }),
    exportFileSchema,
  ),
  /** The signed results bundle for the archive; with a passphrase when asked. */
  'results.bundle': channel(
    z.object({ callId: idSchema, encrypt: z.boolean().default(false) }),
    exportFileSchema.extend({ passphrase: z.string().nullable() }),
  ),
  /**
   * Check a results bundle without a workspace: signature and entries, then re-run its ranking on
   * its score rows and every recorded draw.
   */
  'results.bundle.verify': channel(
    z.object({ bytes: bytesSchema, passphrase: z.string().min(1).max(400).nullable().default(null) }),
    z.object({
      signerPublicKey: z.string(),
      callCode: z.string(),
      createdAt: z.string(),
      digest: z.string(),
      rankingReproduced: z.boolean().nullable(),
      draws: z.array(z.object({ id: z.string(), pool: z.string().nullable(), matches: z.boolean() })),
      decisions: z.number().int(),
    }),
  ),
};
