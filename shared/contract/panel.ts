import { z } from 'zod';
import { channel } from './channel';

/**
 * The panel stage (issue 11): shortlist, members, schedule, voting rule, ballots, tally and
 * consensus. Calls are named by id or code; applications and members by id.
 */
const idSchema = z.string().min(1).max(200);
const reasonSchema = z.string().trim().min(1).max(4000);

export const panelMajoritySchema = z.enum(['>1/2', '>=2/3']);
export const panelVoteSchema = z.enum(['for', 'against', 'abstain']);
export const panelRuleSchema = z.object({
  quorum: z.number().gt(0).max(1),
  majority: panelMajoritySchema,
});
export const shortlistSourceSchema = z.enum(['top-n', 'funded', 'lottery', 'manual']);

export const panelTallySchema = z.object({
  rule: panelRuleSchema,
  applications: z.array(
    z.object({
      applicationId: z.string(),
      application: z.string(),
      eligible: z.number().int(),
      present: z.number().int(),
      for: z.number().int(),
      against: z.number().int(),
      abstain: z.number().int(),
      recommended: z.boolean(),
      finalMean: z.number().nullable(),
      finalRange: z.tuple([z.number(), z.number()]).nullable(),
    }),
  ),
});
export type PanelTally = z.infer<typeof panelTallySchema>;

const consensusSchema = z.object({
  revision: z.number().int(),
  state: z.enum(['draft', 'final', 'locked']),
  text: z.string(),
  author: z.string(),
  savedAt: z.string(),
});

export const panelViewSchema = z.object({
  callId: z.string(),
  minMembers: z.number().int(),
  rule: panelRuleSchema,
  requiresRecommendation: z.boolean(),
  shortlist: z.array(
    z.object({
      applicationId: z.string(),
      referenceNo: z.string(),
      source: shortlistSourceSchema,
      reason: z.string(),
      removedReason: z.string().nullable(),
      /** Members who may not vote on this application (回避). */
      conflictedMembers: z.array(z.string()),
      consensus: consensusSchema.nullable(),
    }),
  ),
  members: z.array(z.object({ id: z.string(), name: z.string(), institution: z.string() })),
  schedule: z.array(
    z.object({
      applicationId: z.string(),
      position: z.number().int(),
      date: z.string(),
      time: z.string(),
      minutes: z.number().int(),
    }),
  ),
  ballots: z.number().int(),
});
export type PanelView = z.infer<typeof panelViewSchema>;

export const panelSetupSchema = z.object({
  callId: idSchema,
  shortlist: z.discriminatedUnion('from', [
    z.object({ from: z.literal('top-n'), n: z.number().int().min(1).max(100000) }),
    z.object({ from: z.literal('funded-and-lottery') }),
    z.object({ from: z.literal('keep') }),
  ]),
  add: z
    .array(z.object({ applicationId: idSchema, reason: reasonSchema }))
    .max(100000)
    .default([]),
  remove: z
    .array(z.object({ applicationId: idSchema, reason: reasonSchema }))
    .max(100000)
    .default([]),
  members: z.array(idSchema).min(1).max(1000),
  /** Defaults to the call template's size (杰青: 9). */
  minMembers: z.number().int().min(1).max(1000).optional(),
  requiresRecommendation: z.boolean().default(false),
});

const fileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected file bytes'),
});

export const panelChannels = {
  /** Set up (or redo) the panel: shortlist from the latest ranking plus manual changes, members, conflicts. */
  'panel.setup': channel(panelSetupSchema, panelViewSchema),
  'panel.get': channel(z.object({ callId: idSchema }), panelViewSchema),
  /** Replace the defence (答辩) schedule; every entry must be on the shortlist. */
  'panel.schedule.set': channel(
    z.object({
      callId: idSchema,
      entries: z
        .array(
          z.object({
            applicationId: idSchema,
            position: z.number().int().min(1),
            date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
            time: z.string().regex(/^\d{2}:\d{2}$/),
            minutes: z.number().int().min(1).max(600),
          }),
        )
        .max(100000),
    }),
    panelViewSchema,
  ),
  'panel.rule.set': channel(
    z.object({ callId: idSchema, rule: panelRuleSchema, requiresRecommendation: z.boolean().optional() }),
    panelViewSchema,
  ),
  /** A paper ballot typed in by the officer: marked `paper`, audited, a newer revision than the stored one. */
  'panel.ballot.enter': channel(
    z.object({
      callId: idSchema,
      applicationId: idSchema,
      reviewerId: idSchema,
      vote: panelVoteSchema,
      finalScore: z.number().finite().nullable().default(null),
      comment: z.string().max(4000).default(''),
    }),
    z.object({ revision: z.number().int() }),
  ),
  /** Count the ballots under the declared rule; `record` stores the tally with its rule. */
  'panel.tally': channel(
    z.object({ callId: idSchema, record: z.boolean().default(false) }),
    panelTallySchema,
  ),
  'panel.consensus.save': channel(
    z.object({
      callId: idSchema,
      applicationId: idSchema,
      text: z.string().max(100000),
      author: z.string().min(1).max(200),
    }),
    consensusSchema,
  ),
  /** Every saved revision of one application's consensus text, oldest first. */
  'panel.consensus.revisions': channel(
    z.object({ callId: idSchema, applicationId: idSchema }),
    z.array(consensusSchema),
  ),
  /** Finalise (`final`) and then lock (`locked`) the latest consensus text. */
  'panel.consensus.finalise': channel(
    z.object({
      callId: idSchema,
      applicationId: idSchema,
      state: z.enum(['final', 'locked']),
      author: z.string().min(1).max(200),
    }),
    consensusSchema,
  ),
  /** Panel minutes (会议纪要) as a PDF in the caller's language. */
  'panel.minutes': channel(z.object({ callId: idSchema }), fileSchema),
  /** The defence (答辩) schedule as XLSX or PDF, in the caller's language. */
  'panel.schedule.export': channel(
    z.object({ callId: idSchema, format: z.enum(['xlsx', 'pdf']) }),
    fileSchema,
  ),
  /**
   * Feedback letters (评审意见反馈): one PDF per application with a submitted review, in the
   * applicant's language unless one is given, plus feedback.csv for mail merge. `zip` packs them
   * into one feedback-<call code>.zip (one download for the screen) instead.
   */
  'panel.feedback': channel(
    z.object({
      callId: idSchema,
      language: z.enum(['zh-CN', 'en']).nullable().default(null),
      packaging: z.enum(['files', 'zip']).default('files'),
    }),
    z.object({
      files: z.array(fileSchema),
      /** The letters and the list by name, also when they are packed in the ZIP. */
      contents: z.array(z.string()),
    }),
  ),
};
