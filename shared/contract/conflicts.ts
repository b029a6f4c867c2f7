import { z } from 'zod';
import { channel } from './channel';
import { callRefSchema } from './calls';

/** Why a reviewer may not review an application (回避). */
export const conflictTypeSchema = z.enum([
  'same-institution',
  'collaborator',
  'self',
  'declared-by-reviewer',
  'manual',
]);
export type ConflictType = z.infer<typeof conflictTypeSchema>;

export const conflictRowSchema = z.object({
  applicationId: z.string(),
  referenceNo: z.string(),
  title: z.string(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  type: conflictTypeSchema,
  /** For detected conflicts, the matched value (institution, name or e-mail); else the officer's reason. */
  reason: z.string(),
  source: z.enum(['auto', 'officer', 'reviewer']),
  createdAt: z.string(),
  /** Set when the officer waived this detected conflict: it is kept on record but no longer blocks. */
  waiver: z.object({ reason: z.string(), waivedAt: z.string() }).nullable(),
  /** The pair is currently assigned although conflicted: the officer must release it. */
  assigned: z.boolean(),
});
export type ConflictRow = z.infer<typeof conflictRowSchema>;

export const conflictsChannels = {
  /** Recomputes the detected conflicts of a call; officer and reviewer entries are kept. */
  'conflicts.detect': channel(
    z.object({ callId: callRefSchema }),
    z.object({
      total: z.number().int(),
      added: z.number().int(),
      removed: z.number().int(),
      byType: z.record(z.string(), z.number().int()),
      /** Conflicted pairs that are currently assigned. */
      assignedConflicts: z.number().int(),
    }),
  ),
  'conflicts.list': channel(
    z.object({
      callId: callRefSchema,
      type: conflictTypeSchema.optional(),
      applicationId: z.string().optional(),
      reviewerId: z.string().optional(),
    }),
    z.array(conflictRowSchema),
  ),
  /** An officer's conflict with a reason; the pair can never be assigned. */
  'conflicts.add': channel(
    z.object({
      callId: callRefSchema,
      applicationId: z.string().min(1),
      reviewerId: z.string().min(1),
      reason: z.string().trim().min(1).max(2000),
    }),
    conflictRowSchema,
  ),
  /**
   * Waives a detected conflict with the officer's reason (audited): the pair may be assigned again.
   * Officer and reviewer conflicts cannot be waived (remove or leave them).
   */
  'conflicts.waive': channel(
    z.object({
      applicationId: z.string().min(1),
      reviewerId: z.string().min(1),
      type: conflictTypeSchema,
      reason: z.string().trim().min(1).max(2000),
    }),
    conflictRowSchema,
  ),
  /** Undoes a waiver (audited): the detected conflict blocks the pair again. */
  'conflicts.unwaive': channel(
    z.object({ applicationId: z.string().min(1), reviewerId: z.string().min(1), type: conflictTypeSchema }),
    conflictRowSchema,
  ),
  /** Removes an officer's conflict; detected ones follow the data and cannot be removed by hand. */
  'conflicts.remove': channel(
    z.object({ applicationId: z.string().min(1), reviewerId: z.string().min(1) }),
    z.object({ removed: z.boolean() }),
  ),
};
