import { z } from 'zod';
import type { LotteryRecord, RankTable } from '../ranking';

/**
 * A ranking run as stored, exported and archived: the parameters it ran with (everything needed to
 * re-run it on the same score rows) and its output. The schemas mirror the types of shared/ranking;
 * the type assertions at the bottom keep the two in step.
 */
export const rankMethodSchema = z.enum(['mean', 'zscore', 'bayes']);
export const fundingGroupSchema = z.enum(['funded', 'lottery', 'rejected']);
export const intervalSchema = z.tuple([z.number(), z.number()]);
export const noticeSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RankNotice = z.infer<typeof noticeSchema>;

/**
 * A seed as the officer types it: short text in any script, without control characters, in Unicode
 * NFC so that the same visible seed typed on another machine names the same random stream.
 */
export const seedSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'no control characters')
  .transform((seed) => seed.normalize('NFC'));

/** The seed a run uses when none is given, so the same scores always give the same ranking. */
export const DEFAULT_RANK_SEED = 'peerdesk';

/** One overall score of one application by one reviewer; null = not scored (conflict, recusal). */
export const scoreRowSchema = z.object({
  application: z.string().min(1),
  reviewer: z.string().min(1),
  score: z.number().finite().nullable(),
});
export type ScoreRowData = z.infer<typeof scoreRowSchema>;

export const rankParametersSchema = z.object({
  method: rankMethodSchema,
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  seed: z.string(),
  chains: z.number().int().positive().nullable(),
  iterations: z.number().int().positive().nullable(),
  burnIn: z.number().int().nonnegative().nullable(),
  minReviewsForZ: z.number().int().min(2).nullable(),
  fundable: z.number().int().nonnegative().nullable(),
  envelope: z.number().int().nonnegative().nullable(),
  /** Award per application (yuan) used by the envelope walk and the lottery's money limit. */
  awards: z.record(z.string(), z.number().int().nonnegative()),
  /** Challenge calls: application → challenge, and places per challenge. */
  groups: z
    .object({
      of: z.record(z.string(), z.string()),
      fundable: z.record(z.string(), z.number().int().nonnegative()),
    })
    .nullable(),
  excluded: z.array(z.string()),
  tieBreak: z.array(z.string()),
  criterionMeans: z.record(z.string(), z.record(z.string(), z.number())),
});
export type RankParameters = z.infer<typeof rankParametersSchema>;

export const lotteryRecordSchema = z.object({
  algorithm: z.literal('peerdesk-lottery-v1'),
  seed: z.string(),
  candidates: z.array(z.string()),
  places: z.number().int().nonnegative(),
  drawOrder: z.array(z.string()),
  selected: z.array(z.string()),
  budget: z.number().nullable(),
});

export type LotteryRecordData = z.infer<typeof lotteryRecordSchema>;

/** A recorded draw: the record and the awards its money limit used, enough to re-run it anywhere. */
export const recordedDrawSchema = z.object({
  record: lotteryRecordSchema,
  awards: z.record(z.string(), z.number().int().nonnegative()),
});
export type RecordedDraw = z.infer<typeof recordedDrawSchema>;

export const rankedApplicationSchema = z.object({
  application: z.string(),
  n: z.number().int(),
  mean: z.number(),
  estimate: z.number(),
  rank: z.number(),
  er: z.number(),
  pcer: z.number(),
  sucra: z.number(),
  cri50: intervalSchema,
  cri90: intervalSchema,
  group: fundingGroupSchema.nullable(),
  challenge: z.string().nullable(),
});

export const rankedReviewerSchema = z.object({
  reviewer: z.string(),
  leniency: z.number(),
  n: z.number().int(),
  leniencyCri90: intervalSchema.nullable(),
});

export const lotteryPoolSchema = z.object({
  challenge: z.string().nullable(),
  places: z.number().int().nonnegative(),
  candidates: z.array(z.string()),
  budget: z.number().nullable(),
  draw: lotteryRecordSchema.nullable(),
});

export const rankTableSchema = z.object({
  method: rankMethodSchema,
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  n: z.number().int(),
  seed: z.string().nullable(),
  fundingLine: z.number().nullable(),
  fundingLines: z.record(z.string(), z.number().nullable()).nullable(),
  fundableCount: z.number().int().nullable(),
  rhatMax: z.number().nullable(),
  applications: z.array(rankedApplicationSchema),
  reviewers: z.array(rankedReviewerSchema),
  lottery: z.array(lotteryPoolSchema),
  excluded: z.array(z.string()),
  tieBreak: z.array(z.string()),
  warnings: z.array(z.string()),
  notices: z.array(noticeSchema),
});
export type RankTableData = z.infer<typeof rankTableSchema>;

/**
 * What `peerdesk rank --json` prints, exactly: a stable shape for other programs. `group` is null
 * when no funding line was asked for.
 */
export const rankingSummarySchema = z.strictObject({
  method: rankMethodSchema,
  n: z.number().int(),
  fundingLine: z.number().nullable(),
  rhatMax: z.number().nullable(),
  applications: z.array(
    z.strictObject({
      application: z.string(),
      n: z.number().int(),
      mean: z.number(),
      rank: z.number(),
      er: z.number(),
      pcer: z.number(),
      sucra: z.number(),
      cri50: intervalSchema,
      cri90: intervalSchema,
      group: fundingGroupSchema.nullable(),
    }),
  ),
});
export type RankingSummary = z.infer<typeof rankingSummarySchema>;

/** The stable JSON shape of a rank table (field order as documented). */
export function summarizeRanking(table: RankTableData): RankingSummary {
  return {
    method: table.method,
    n: table.n,
    fundingLine: table.fundingLine,
    rhatMax: table.rhatMax,
    applications: table.applications.map((a) => ({
      application: a.application,
      n: a.n,
      mean: a.mean,
      rank: a.rank,
      er: a.er,
      pcer: a.pcer,
      sucra: a.sucra,
      cri50: a.cri50,
      cri90: a.cri90,
      group: a.group,
    })),
  };
}

// The stored shapes must accept what shared/ranking produces.
type Assignable<From, To> = From extends To ? true : never;
const _rankTableMatches: Assignable<RankTable, RankTableData> = true;
const _lotteryRecordMatches: Assignable<LotteryRecord, z.infer<typeof lotteryRecordSchema>> = true;
