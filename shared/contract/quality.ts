import { z } from 'zod';
import { channel } from './channel';
import { intervalSchema, rankMethodSchema, seedSchema } from '../domain/ranking-run';

/**
 * Review quality (issue 12): reliability of a call's scores, discordant applications, stability of
 * the funding line and per-reviewer figures (docs/quality.md).
 */
const idSchema = z.string().min(1).max(200);
const share = z.number().min(0).max(1);

export const qualityOptionsSchema = z.object({
  method: rankMethodSchema.default('bayes'),
  fundable: z.number().int().min(0).max(100000).optional(),
  envelope: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
  seed: seedSchema.optional(),
  chains: z.number().int().min(1).max(16).optional(),
  iterations: z.number().int().min(100).max(200000).optional(),
  burnIn: z.number().int().min(0).max(200000).optional(),
});

/** Exactly what `peerdesk quality --json` prints; other tools read it, so it is strict. */
export const qualitySummarySchema = z.strictObject({
  alpha: z.strictObject({
    interval: z.number().nullable(),
    ordinal: z.number().nullable(),
    ci90: intervalSchema.nullable(),
  }),
  icc1: z.number().nullable(),
  reviewersFor: z.strictObject({ '0.7': z.number().int().nullable(), '0.8': z.number().int().nullable() }),
  applications: z.array(
    z.strictObject({
      application: z.string(),
      n: z.number().int(),
      spread: z.number().nullable(),
      discordant: z.boolean(),
      fundedShare: share.nullable(),
      stability: z.enum(['always', 'sometimes', 'never']).nullable(),
    }),
  ),
  reviewers: z.array(
    z.strictObject({
      reviewer: z.string(),
      n: z.number().int(),
      leniency: z.number().nullable(),
      agreement: z.number().min(-1).max(1).nullable(),
    }),
  ),
});
export type QualitySummary = z.infer<typeof qualitySummarySchema>;

const reliabilitySchema = qualitySummarySchema.pick({ alpha: true, icc1: true, reviewersFor: true });

/** Everything else a person (or a later screen) needs around the summary. */
export const qualityDetailsSchema = z.object({
  method: rankMethodSchema,
  seed: z.string(),
  fundableCount: z.number().int().nullable(),
  withinSd: z.number().nullable(),
  discordantFactor: z.number(),
  pools: z.array(reliabilitySchema.extend({ challenge: z.string(), applications: z.number().int() })),
  /** Bayes: 90 % interval of each reviewer's leniency. */
  leniencyCri90: z.record(z.string(), intervalSchema.nullable()),
  /** Application id → reference number, for a workspace call. */
  labels: z.record(z.string(), z.string()),
});

const qualityResponseSchema = z.object({ summary: qualitySummarySchema, details: qualityDetailsSchema });
export type QualityResponse = z.infer<typeof qualityResponseSchema>;

export const qualityChannels = {
  /** Review quality of a call's submitted reviews. Computes only; stores nothing. */
  'quality.call': channel(qualityOptionsSchema.extend({ callId: idSchema }), qualityResponseSchema),
  /** Review quality of a score table from elsewhere (the CSV of `peerdesk rank --scores`). */
  'quality.scores': channel(
    qualityOptionsSchema.extend({
      csv: z.string().max(64 * 1024 * 1024),
      direction: z.enum(['higher-is-better', 'lower-is-better']),
    }),
    qualityResponseSchema,
  ),
};
