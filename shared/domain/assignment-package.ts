import { z } from 'zod';
import { localizedTextSchema } from './localized';
import { rubricSchema } from './rubric';

/**
 * `payload/content.json` of an assignment package (评审任务包, office → one reviewer). Attachments
 * travel as separate entries `payload/attachments/<sha256>.pdf.enc` listed here by digest.
 * In blind review mode `applicant` is null: the reviewer's app never receives identities.
 */
export const packageApplicationSchema = z.strictObject({
  id: z.string().min(1),
  referenceNo: z.string().min(1),
  title: z.string(),
  abstract: z.string(),
  keywords: z.array(z.string()),
  discipline: z.string(),
  challengeId: z.string().nullable(),
  applicant: z
    .strictObject({
      piName: z.string(),
      institution: z.string(),
      email: z.string(),
      team: z.array(z.string()),
    })
    .nullable(),
  durationMonths: z.number().int().positive().nullable(),
  /** Requested lump sum in yuan (CNY). */
  requestedTotal: z.number().int().nonnegative(),
  budgetLines: z.array(
    z.strictObject({
      workPackage: z.string(),
      year: z.number().int(),
      amount: z.number().int().nonnegative(),
    }),
  ),
  attachments: z.array(
    z.strictObject({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      fileName: z.string(),
      size: z.number().int().nonnegative(),
    }),
  ),
});
export type PackageApplication = z.infer<typeof packageApplicationSchema>;

export const assignmentPackageContentSchema = z.strictObject({
  /** Raised each time the office re-issues this reviewer's package; the newer one wins. */
  packageVersion: z.number().int().positive(),
  issuedAt: z.string(),
  call: z.strictObject({
    id: z.string().min(1),
    code: z.string().min(1),
    title: localizedTextSchema,
    category: z.enum(['general', 'lump-sum', 'challenge']),
    reviewMode: z.enum(['open', 'blind']),
    rubricVersion: z.number().int().positive(),
    rubric: rubricSchema,
    challenges: z.array(z.strictObject({ id: z.string(), code: z.string(), title: localizedTextSchema })),
  }),
  reviewer: z.strictObject({
    id: z.string().min(1),
    name: z.string(),
    email: z.string(),
    institution: z.string(),
  }),
  office: z.strictObject({
    name: z.string(),
    signingPublicKey: z.string(),
    encryptionPublicKey: z.string(),
  }),
  /** Base64url secret; the first review bundle proves its key with HMAC(secret, signingPublicKey). */
  enrolmentSecret: z.string().min(43),
  dueAt: z.string().nullable(),
  applications: z.array(packageApplicationSchema),
});
export type AssignmentPackageContent = z.infer<typeof assignmentPackageContentSchema>;
