import { z } from 'zod';
import { channel } from './channel';
import { callRefSchema } from './calls';
import { localizedTextSchema } from '../domain/localized';

const pairSchema = z.object({
  callId: callRefSchema,
  applicationId: z.string().min(1),
  reviewerId: z.string().min(1),
});

const callStatusSchema = z.enum(['draft', 'reviewing', 'decided', 'archived']);

export const uncoveredReasonSchema = z.enum(['too-few-reviewers', 'conflicts', 'language', 'capacity']);

export const uncoveredApplicationSchema = z.object({
  applicationId: z.string(),
  referenceNo: z.string(),
  title: z.string(),
  wanted: z.number().int(),
  assigned: z.number().int(),
  /** Reviewers with capacity that have a conflict with this application. */
  conflicted: z.number().int(),
  /** Reviewers with capacity and no conflict who share no language with the application. */
  languageMismatched: z.number().int(),
  /** Reviewers with capacity, no conflict and a shared language. */
  eligible: z.number().int(),
  reason: uncoveredReasonSchema,
});
export type UncoveredApplicationRow = z.infer<typeof uncoveredApplicationSchema>;

export const assignmentCellSchema = z.object({
  applicationId: z.string(),
  reviewerId: z.string(),
  status: z.enum(['assigned', 'recused', 'released']),
  locked: z.boolean(),
  reviewed: z.boolean(),
});
export type AssignmentCell = z.infer<typeof assignmentCellSchema>;

export const assignmentMatrixSchema = z.object({
  call: z.object({
    id: z.string(),
    code: z.string(),
    title: localizedTextSchema,
    status: callStatusSchema,
    reviewersPerApplication: z.number().int(),
  }),
  applications: z.array(
    z.object({
      id: z.string(),
      referenceNo: z.string(),
      title: z.string(),
      keywords: z.array(z.string()),
      discipline: z.string(),
      institution: z.string(),
      /** Declared languages (`zh`, `en`); empty: not declared. */
      languages: z.array(z.string()),
    }),
  ),
  reviewers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      institution: z.string(),
      expertise: z.array(z.string()),
      languages: z.array(z.string()),
      maxLoad: z.number().int(),
      /** Active assignments in this call and in all calls (the maximum load counts all). */
      load: z.number().int(),
      totalLoad: z.number().int(),
    }),
  ),
  assignments: z.array(assignmentCellSchema),
  conflicts: z.array(
    z.object({ applicationId: z.string(), reviewerId: z.string(), types: z.array(z.string()) }),
  ),
});
export type AssignmentMatrix = z.infer<typeof assignmentMatrixSchema>;

export const autoAssignResultSchema = z.object({
  callId: z.string(),
  callCode: z.string(),
  /** Slots wanted in total (k × active applications). */
  wanted: z.number().int(),
  /** Assignments kept as they were (locked, reviewed, or all of them in fill mode). */
  kept: z.number().int(),
  /** Unlocked assignments removed before solving (replace mode). */
  removed: z.number().int(),
  /** Assignments that conflict with a 回避 and were released. */
  releasedConflicts: z.number().int(),
  added: z.number().int(),
  uncovered: z.array(uncoveredApplicationSchema),
  /** Mean expertise match of all active assignments of the call, in [0, 1]. */
  meanMatch: z.number(),
  load: z.object({ min: z.number().int(), max: z.number().int(), mean: z.number() }),
  /** Objective value (see shared/assignment/cost.ts); lower is better. */
  cost: z.number(),
  elapsedMs: z.number(),
});
export type AutoAssignResult = z.infer<typeof autoAssignResultSchema>;

export const assignmentsChannels = {
  /** Calls that can be assigned, with their active application and assignment counts. */
  'assignments.calls': channel(
    z.object({}),
    z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        title: localizedTextSchema,
        status: callStatusSchema,
        reviewersPerApplication: z.number().int(),
        applications: z.number().int(),
        assigned: z.number().int(),
      }),
    ),
  ),
  /** Applications × reviewers of a call: assignments, locks and conflicts. */
  'assignments.matrix': channel(z.object({ callId: callRefSchema }), assignmentMatrixSchema),
  /**
   * Assigns k reviewers to every active application (min-cost flow: expertise, balanced load,
   * never a conflicted pair, never a pair without a shared language where both declare languages,
   * never above a reviewer's maximum load). `replace-unlocked` first drops
   * unlocked assignments without reviews; `fill-gaps` keeps every current one. Once packages were
   * issued only `fill-gaps` is accepted.
   */
  'assignments.auto': channel(
    z.object({
      callId: callRefSchema,
      mode: z.enum(['replace-unlocked', 'fill-gaps']).default('replace-unlocked'),
      /** Overrides the call's reviewers per application for this run. */
      perApplication: z.number().int().min(1).max(50).optional(),
      /**
       * Off unless given: reviewers whose credit score (reviewer record, 0–100) is below this get a
       * review only where no one else can take it; reviewers without a score are not held back.
       */
      minCredit: z.number().min(0).max(100).optional(),
      /**
       * Off unless given: at most this many reviews per reviewer in the calendar year of the call's
       * review due date, counting their assignments in other calls of that year (Qingdao: 10).
       */
      yearCap: z.number().int().min(1).max(1000).optional(),
    }),
    autoAssignResultSchema,
  ),
  /** Assigns (locked) or unassigns one pair by hand. */
  'assignments.set': channel(
    pairSchema.extend({ assigned: z.boolean() }),
    z.object({ cell: assignmentCellSchema.nullable() }),
  ),
  'assignments.lock': channel(
    pairSchema.extend({ locked: z.boolean() }),
    z.object({ cell: assignmentCellSchema }),
  ),
};
