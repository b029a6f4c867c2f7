import { z } from 'zod';
import { channel } from './channel';

/**
 * Merging review bundles into the office workspace (docs/design-rules.md, Merge). Every bundle gets
 * a report: applied (with what changed), a no-op (this exact file was imported before), or refused
 * (with a translated reason; nothing of that bundle was written).
 */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected file bytes');
const countSchema = z.number().int().nonnegative();

export const mergeStatusSchema = z.enum(['applied', 'noop', 'refused']);
export type MergeStatus = z.infer<typeof mergeStatusSchema>;

/** A refusal or no-op reason: an i18n key with its parameters, and the message in the caller's language. */
export const mergeReasonSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

export const bundleReportSchema = z.object({
  /** Set for a ballot bundle (its counts are ballots); absent for a review bundle. */
  kind: z.literal('ballot-bundle').optional(),
  file: z.string(),
  /** Null when the bundle was refused before its sender could be read. */
  reviewer: z.object({ id: z.string(), name: z.string() }).nullable(),
  callId: z.string().nullable(),
  /** SHA-256 of the file; null only when the file could not be read at all. */
  digest: z.string().nullable(),
  status: mergeStatusSchema,
  new: countSchema,
  updated: countSchema,
  unchanged: countSchema,
  conflicting: countSchema,
  recusals: countSchema,
  reason: mergeReasonSchema.nullable(),
});
export type BundleReport = z.infer<typeof bundleReportSchema>;

export const mergeRunResultSchema = z.object({
  /** One report per bundle processed, in the order given. */
  reports: z.array(bundleReportSchema),
  /** True when the run was cancelled; `notProcessed` then names the bundles never touched. */
  cancelled: z.boolean(),
  notProcessed: z.array(z.string()),
});
export type MergeRunResult = z.infer<typeof mergeRunResultSchema>;

export const MAX_BUNDLES_PER_IMPORT = 10_000;

export const mergeChannels = {
  /** Bundles chosen or dropped in the window; the bytes travel over the channel. */
  'merge.importBundles': channel(
    z.object({
      files: z
        .array(z.object({ name: z.string().min(1).max(1000), bytes: bytesSchema }))
        .min(1)
        .max(MAX_BUNDLES_PER_IMPORT),
    }),
    mergeRunResultSchema,
  ),
  /** Bundles on this computer: files, folders (their .pdrev files) or glob patterns (`*`, `?`, `**`). */
  'merge.importFiles': channel(
    z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(MAX_BUNDLES_PER_IMPORT) }),
    mergeRunResultSchema,
  ),
  /** Bundles applied so far, newest first. */
  'merge.log': channel(
    z.object({ limit: z.number().int().min(1).max(1000).default(100) }),
    z.array(
      z.object({
        digest: z.string(),
        fileName: z.string(),
        callId: z.string().nullable(),
        reviewer: z.object({ id: z.string(), name: z.string() }).nullable(),
        importedAt: z.string(),
        new: countSchema,
        updated: countSchema,
        unchanged: countSchema,
        conflicting: countSchema,
        recusals: countSchema,
      }),
    ),
  ),
};
