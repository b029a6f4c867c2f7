import { z } from 'zod';
import { channel } from './channel';
import { callRefSchema } from './calls';
import { isoDateSchema } from '../domain/call';
import { localizedTextSchema } from '../domain/localized';

/**
 * `new`: assigned, never issued; `current`: the last package carries exactly the current
 * assignments, rubric and data; `outdated`: something changed since; `withdrawn`: a package was
 * issued but the reviewer has no assignments left (re-issuing sends an empty package).
 */
export const packageStateSchema = z.enum(['new', 'current', 'outdated', 'withdrawn']);
export type PackageState = z.infer<typeof packageStateSchema>;

export const issuedPackageSchema = z.object({
  reviewerId: z.string(),
  name: z.string(),
  email: z.string(),
  fileName: z.string(),
  path: z.string(),
  version: z.number().int().positive(),
  applications: z.number().int(),
  attachments: z.number().int(),
  bytes: z.number().int(),
  /** SHA-256 of the package file. */
  digest: z.string(),
  /** Shown once: Peerdesk does not keep it. */
  passphrase: z.string(),
});
export type IssuedPackage = z.infer<typeof issuedPackageSchema>;

export const packagesChannels = {
  'packages.status': channel(
    z.object({ callId: callRefSchema }),
    z.object({
      call: z.object({
        id: z.string(),
        code: z.string(),
        title: localizedTextSchema,
        status: z.enum(['draft', 'reviewing', 'decided', 'archived']),
        reviewMode: z.enum(['open', 'blind']),
        rubricVersion: z.number().int(),
        reviewDueAt: z.string().nullable(),
      }),
      reviewers: z.array(
        z.object({
          reviewerId: z.string(),
          name: z.string(),
          email: z.string(),
          institution: z.string(),
          applications: z.number().int(),
          state: packageStateSchema,
          issued: z
            .object({
              version: z.number().int(),
              fileName: z.string(),
              issuedAt: z.string(),
              applications: z.number().int(),
            })
            .nullable(),
        }),
      ),
    }),
  ),
  /**
   * Builds one encrypted package per reviewer (scrypt passphrase, signed by the office key) into
   * `outDir`, never overwriting a file; the passphrases come back once. Issuing moves a draft call
   * to `reviewing`, after which its rubric is versioned. Any failure or cancel: no file left, nothing
   * recorded.
   */
  'packages.export': channel(
    z.object({
      callId: callRefSchema,
      outDir: z.string().min(1),
      scope: z.enum(['changed', 'all']).default('changed'),
      /** Only these reviewers (each must have assignments or an issued package). */
      reviewerIds: z.array(z.string().min(1)).optional(),
      /** Overrides the call's review due date in these packages. */
      dueAt: isoDateSchema.nullable().optional(),
      /**
       * Also write passphrases.csv (or passphrases-<time>.csv if taken) into `<outDir>-passphrases/`,
       * not beside the packages: packages and passphrases travel by different routes.
       */
      passphraseList: z.boolean().default(false),
    }),
    z.object({
      callId: z.string(),
      callCode: z.string(),
      outDir: z.string(),
      packages: z.array(issuedPackageSchema),
      passphraseListPath: z.string().nullable(),
      elapsedMs: z.number(),
    }),
  ),
};
