import { z } from 'zod';

/** An application (申请书) with its lump-sum budget (包干制) and attachments. */
export const applicationStatusSchema = z.enum(['active', 'withdrawn', 'ineligible', 'archived']);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const budgetLineSchema = z.object({
  workPackage: z.string().trim().min(1).max(200),
  year: z.number().int().min(1900).max(2200),
  /** Yuan (CNY). */
  amount: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const attachmentInfoSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
});
export type AttachmentInfo = z.infer<typeof attachmentInfoSchema>;

/** What an import row or a form yields before it has an id. */
export const applicationDraftSchema = z.object({
  referenceNo: z.string().trim().min(1).max(100),
  title: z.string().min(1).max(2000),
  abstract: z.string().max(100000),
  keywords: z.array(z.string().min(1).max(200)).max(100),
  discipline: z.string().max(200),
  /** The challenge's code within the call (challenge calls), or null. */
  challengeCode: z.string().nullable(),
  piName: z.string().min(1).max(200),
  institution: z.string().min(1).max(500),
  email: z.string().max(320),
  team: z.array(z.string().min(1).max(200)).max(500),
  durationMonths: z.number().int().positive().max(1200).nullable(),
  /** Requested lump sum in yuan (CNY). */
  requestedTotal: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  budgetLines: z.array(budgetLineSchema),
  /** Languages the application is written in (`zh`, `en`); empty: not declared. */
  languages: z.array(z.string().trim().min(1).max(20)).max(20),
});
export type ApplicationDraft = z.infer<typeof applicationDraftSchema>;

/**
 * What an officer may correct after import. The reference number, the challenge, the budget lines
 * and the attachments stay as imported (re-import them instead). Names and titles are trimmed.
 */
export const applicationEditSchema = z.object({
  title: z.string().trim().min(1).max(2000),
  abstract: z.string().max(100000),
  keywords: z.array(z.string().trim().min(1).max(200)).max(100),
  discipline: z.string().trim().max(200),
  piName: z.string().trim().min(1).max(200),
  institution: z.string().trim().min(1).max(500),
  email: z.string().trim().max(320),
  team: z.array(z.string().trim().min(1).max(200)).max(500),
  durationMonths: z.number().int().positive().max(1200).nullable(),
  requestedTotal: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  languages: z.array(z.string().trim().min(1).max(20)).max(20),
});
export type ApplicationEdit = z.infer<typeof applicationEditSchema>;

export const integrityFlagInfoSchema = z.object({
  entryId: z.string(),
  /** How it matched: `pi`, `team` or `institution` (i18n `office.integrity.matchedBy.<code>`). */
  matchedBy: z.enum(['pi', 'team', 'institution']),
  /** The matched entry's name / institution, and why it is on the list. */
  entryName: z.string(),
  entryInstitution: z.string(),
  entryReason: z.string(),
  source: z.string(),
});
export type IntegrityFlagInfo = z.infer<typeof integrityFlagInfoSchema>;

export const applicationSchema = applicationDraftSchema.extend({
  id: z.string(),
  callId: z.string(),
  challengeId: z.string().nullable(),
  status: applicationStatusSchema,
  createdAt: z.string(),
  attachments: z.array(attachmentInfoSchema),
  integrityFlags: z.array(integrityFlagInfoSchema),
});
export type Application = z.infer<typeof applicationSchema>;

/** A row of the applications table. */
export const applicationRowSchema = z.object({
  id: z.string(),
  referenceNo: z.string(),
  title: z.string(),
  keywords: z.array(z.string()),
  discipline: z.string(),
  challengeCode: z.string().nullable(),
  piName: z.string(),
  institution: z.string(),
  requestedTotal: z.number().int(),
  status: applicationStatusSchema,
  attachmentCount: z.number().int(),
  flagCount: z.number().int(),
  conflictCount: z.number().int(),
});
export type ApplicationRow = z.infer<typeof applicationRowSchema>;

export const applicationSortSchema = z.enum([
  'referenceNo',
  'title',
  'piName',
  'institution',
  'requestedTotal',
]);
export type ApplicationSort = z.infer<typeof applicationSortSchema>;

/** Sum of budget lines; the requested total must equal it whenever lines are given. */
export function budgetLinesTotal(lines: readonly BudgetLine[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}
