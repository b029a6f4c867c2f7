import { z } from 'zod';

/** An entry of the integrity list (科研诚信): a sanctioned person or institution, for a period. */
export const integrityKindSchema = z.enum(['person', 'institution']);
export type IntegrityKind = z.infer<typeof integrityKindSchema>;

export const integrityEntryInputSchema = z
  .object({
    kind: integrityKindSchema,
    /** The person's name; for an institution entry, the institution's name. */
    name: z.string().trim().min(1).max(500),
    /** A person's institution (narrows the match); empty for institution entries. */
    institution: z.string().max(500),
    /** Inclusive ISO dates; null = open-ended. */
    validFrom: z.iso.date().nullable(),
    validTo: z.iso.date().nullable(),
    source: z.string().max(1000),
    reason: z.string().max(4000),
  })
  .refine((entry) => !entry.validFrom || !entry.validTo || entry.validFrom <= entry.validTo, {
    message: 'validFrom after validTo',
    path: ['validTo'],
  });
export type IntegrityEntryInput = z.infer<typeof integrityEntryInputSchema>;

export const integrityEntrySchema = z.object({
  id: z.string(),
  kind: integrityKindSchema,
  name: z.string(),
  institution: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  source: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  /** Applications currently flagged by this entry, over all calls. */
  flagCount: z.number().int(),
});
export type IntegrityEntry = z.infer<typeof integrityEntrySchema>;

/** Whether an entry is in force on a day (ISO date), bounds inclusive. */
export function inForce(entry: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (!entry.validFrom || entry.validFrom <= day) && (!entry.validTo || day <= entry.validTo);
}
