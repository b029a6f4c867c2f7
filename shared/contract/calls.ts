import { z } from 'zod';
import { channel } from './channel';
import {
  callCategorySchema,
  callSchema,
  callSettingsSchema,
  challengeInputSchema,
  templateIdSchema,
} from '../domain/call';
import { localizedTextSchema } from '../domain/localized';
import { rubricSchema } from '../domain/rubric';

/** A call is named by its id or its code wherever a request says `callId`. */
export const callRefSchema = z.string().trim().min(1);

const callSummarySchema = callSchema.extend({
  applicationCount: z.number().int(),
});

export const callsChannels = {
  /** The rubric templates a call can start from (no workspace needed). */
  'calls.templates': channel(
    z.object({}),
    z.array(
      z.object({
        id: templateIdSchema,
        name: localizedTextSchema,
        description: localizedTextSchema,
        category: callCategorySchema,
        reviewersPerApplication: z.number().int().positive(),
        rubric: rubricSchema,
      }),
    ),
  ),
  'calls.list': channel(
    z.object({ includeArchived: z.boolean().default(false) }),
    z.array(callSummarySchema),
  ),
  'calls.get': channel(
    z.object({ callId: callRefSchema }),
    z.object({
      call: callSchema,
      rubric: rubricSchema,
      rubricVersions: z.array(z.object({ version: z.number().int(), createdAt: z.string() })),
      /** Packages were issued: a rubric edit makes a new version that must be re-issued. */
      packagesIssued: z.boolean(),
    }),
  ),
  /** Creates a call from a template; omitted settings take the template's defaults. */
  'calls.create': channel(
    z.object({
      template: templateIdSchema,
      code: callSettingsSchema.shape.code,
      title: callSettingsSchema.shape.title,
      category: callCategorySchema.optional(),
      opensAt: callSettingsSchema.shape.opensAt.default(null),
      closesAt: callSettingsSchema.shape.closesAt.default(null),
      reviewDueAt: callSettingsSchema.shape.reviewDueAt.default(null),
      budgetEnvelope: callSettingsSchema.shape.budgetEnvelope.default(null),
      reviewMode: callSettingsSchema.shape.reviewMode.default('open'),
      reviewersPerApplication: callSettingsSchema.shape.reviewersPerApplication.optional(),
      integrityMakesIneligible: z.boolean().default(true),
      challenges: z.array(challengeInputSchema).default([]),
      /** Horizon Europe only: weight of Impact (1.5 for Innovation Actions). */
      impactWeight: z.union([z.literal(1), z.literal(1.5)]).optional(),
    }),
    callSchema,
  ),
  /** Edits settings and, when given, replaces the challenge list (ids keep existing challenges). */
  'calls.update': channel(
    z.object({
      callId: callRefSchema,
      settings: callSettingsSchema.partial(),
      challenges: z.array(challengeInputSchema).optional(),
    }),
    callSchema,
  ),
  'calls.archive': channel(z.object({ callId: callRefSchema }), callSchema),
  /** One rubric version of a call; the current one when `version` is omitted. */
  'calls.getRubric': channel(
    z.object({ callId: callRefSchema, version: z.number().int().positive().optional() }),
    z.object({
      version: z.number().int(),
      current: z.boolean(),
      createdAt: z.string(),
      rubric: rubricSchema,
    }),
  ),
  /**
   * Saves a rubric. Before packages are issued the current version is replaced; afterwards a new
   * version is added and `reissueRequired` says the packages must be issued again. `baseVersion` is
   * the version the editor started from; a stale one is refused rather than overwriting.
   */
  'calls.updateRubric': channel(
    z.object({ callId: callRefSchema, baseVersion: z.number().int().positive(), rubric: rubricSchema }),
    z.object({
      call: callSchema,
      version: z.number().int(),
      versioned: z.boolean(),
      reissueRequired: z.boolean(),
    }),
  ),
};
