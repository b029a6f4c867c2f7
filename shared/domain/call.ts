import { z } from 'zod';
import { localizedTextSchema } from './localized';

/** A call (项目指南 / 批次): one funding round with its category, settings and challenges. */
export const callCategorySchema = z.enum(['general', 'lump-sum', 'challenge']);
export type CallCategory = z.infer<typeof callCategorySchema>;

/**
 * `draft` until the first assignment package is issued; from then on the rubric is versioned, never
 * edited in place, because reviewers already hold a copy.
 */
export const callStatusSchema = z.enum(['draft', 'reviewing', 'decided', 'archived']);
export type CallStatus = z.infer<typeof callStatusSchema>;

/** `blind`: applicant identity is removed from what reviewers receive. */
export const reviewModeSchema = z.enum(['open', 'blind']);
export type ReviewMode = z.infer<typeof reviewModeSchema>;

export const templateIdSchema = z.enum([
  'nsfc',
  'horizon-europe',
  'nih-2025',
  'snsf',
  'jieqing-lump-sum',
  'challenge',
]);
export type TemplateId = z.infer<typeof templateIdSchema>;

export const callCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u);

/** ISO-8601 date or date-time; stored as given. */
export const isoDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const challengeSchema = z.object({
  id: z.string().min(1),
  code: z.string().trim().min(1).max(40),
  title: localizedTextSchema,
  description: z.string().max(20000),
  /** How many teams this challenge funds (top-N per challenge). */
  awards: z.number().int().min(0).max(1000),
});
export type Challenge = z.infer<typeof challengeSchema>;

/** A challenge as the officer edits it; without `id` it is new. */
export const challengeInputSchema = challengeSchema.extend({ id: z.string().min(1).optional() });
export type ChallengeInput = z.infer<typeof challengeInputSchema>;

/** The settings an officer edits; identity, status and rubric version are managed by the app. */
export const callSettingsSchema = z.object({
  code: callCodeSchema,
  title: localizedTextSchema.refine((title) => title.zh.trim() !== '' || title.en.trim() !== '', {
    message: 'a title in at least one language',
  }),
  category: callCategorySchema,
  opensAt: isoDateSchema.nullable(),
  closesAt: isoDateSchema.nullable(),
  reviewDueAt: isoDateSchema.nullable(),
  /** Budget envelope in yuan (CNY); null = not set. */
  budgetEnvelope: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).nullable(),
  reviewMode: reviewModeSchema,
  reviewersPerApplication: z.number().int().min(1).max(50),
  /** Applications matching the integrity list become ineligible (not only flagged). */
  integrityMakesIneligible: z.boolean(),
});
export type CallSettings = z.infer<typeof callSettingsSchema>;

export const callSchema = callSettingsSchema.extend({
  id: z.string().min(1),
  template: z.string(),
  status: callStatusSchema,
  rubricVersion: z.number().int().positive(),
  challenges: z.array(challengeSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Call = z.infer<typeof callSchema>;

/** Packages have been issued once the call leaves `draft`; what reviewers hold must not change. */
export function packagesIssued(status: CallStatus): boolean {
  return status !== 'draft';
}
