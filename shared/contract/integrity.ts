import { z } from 'zod';
import { channel } from './channel';
import { callRefSchema } from './calls';
import { applicationStatusSchema, integrityFlagInfoSchema } from '../domain/application';
import { fileSourceSchema, importReportSchema } from '../domain/import-report';
import { integrityEntryInputSchema, integrityEntrySchema } from '../domain/integrity';

const matchSummarySchema = z.object({
  /** Applications flagged, and of those made ineligible by the call setting. */
  flagged: z.number().int(),
  ineligible: z.number().int(),
});

export const integrityChannels = {
  'integrity.list': channel(z.object({}), z.array(integrityEntrySchema)),
  /** Imports the list, then re-matches every call. Any error: nothing written. */
  'integrity.import': channel(
    z.object({ file: fileSourceSchema, dryRun: z.boolean().default(false) }),
    importReportSchema.extend({ preview: z.array(integrityEntryInputSchema), match: matchSummarySchema }),
  ),
  'integrity.add': channel(integrityEntryInputSchema, integrityEntrySchema),
  'integrity.delete': channel(z.object({ entryId: z.string().min(1) }), z.object({ deleted: z.boolean() })),
  /** Re-matches one call (or every call) against the list. */
  'integrity.match': channel(z.object({ callId: callRefSchema.optional() }), matchSummarySchema),
  /** Flagged applications of a call, one row per matching entry. */
  'integrity.flags': channel(
    z.object({ callId: callRefSchema }),
    z.array(
      integrityFlagInfoSchema.extend({
        applicationId: z.string(),
        referenceNo: z.string(),
        title: z.string(),
        piName: z.string(),
        institution: z.string(),
        status: applicationStatusSchema,
      }),
    ),
  ),
};
