import { z } from 'zod';
import { channel } from './channel';
import { localizedTextSchema } from '../domain/localized';
import { panelApplicationSchema, panelVoteValueSchema, BALLOT_COMMENT_MAX } from '../domain/panel-bundles';
import { rubricSchema } from '../domain/rubric';
import { workspaceInfoSchema } from '../domain/workspace';

/**
 * Panel packages (office → member) and ballot bundles (member → office): docs/panel-bundles.md.
 * Ballot bundles are merged through the merge channels, with review bundles.
 */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected file bytes');
const idSchema = z.string().trim().min(1).max(200);

export const issuedPanelPackageSchema = z.object({
  reviewerId: z.string(),
  name: z.string(),
  email: z.string(),
  fileName: z.string(),
  path: z.string(),
  version: z.number().int(),
  applications: z.number().int(),
  bytes: z.number().int(),
  digest: z.string(),
  /** Shown once; never stored. */
  passphrase: z.string(),
});
export type IssuedPanelPackage = z.infer<typeof issuedPanelPackageSchema>;

export const memberBallotSchema = z.object({
  vote: panelVoteValueSchema,
  finalScore: z.number().nullable(),
  comment: z.string(),
  revision: z.number().int(),
  /** The last ballot bundle carried exactly this revision. */
  exported: z.boolean(),
  savedAt: z.string(),
});
export type MemberBallot = z.infer<typeof memberBallotSchema>;

const panelCallSchema = z.object({
  callId: z.string(),
  callCode: z.string(),
  title: localizedTextSchema,
  packageVersion: z.number().int(),
  issuedAt: z.string(),
  rule: z.object({ quorum: z.number(), majority: z.enum(['>1/2', '>=2/3']) }),
  finalScale: z.object({ min: z.number(), max: z.number() }),
  lastExportedAt: z.string().nullable(),
  applications: z.array(
    z.object({
      applicationId: z.string(),
      referenceNo: z.string(),
      title: z.string(),
      meanOverall: z.number().nullable(),
      submittedReviews: z.number().int(),
      ballot: memberBallotSchema.nullable(),
    }),
  ),
});
export type PanelCallSummary = z.infer<typeof panelCallSchema>;

export const panelBundleChannels = {
  /** Office: one encrypted panel package per member of the call's panel, written into `outDir`. */
  'panel.packages.issue': channel(
    z.object({
      callId: idSchema,
      outDir: z.string().min(1).max(4096),
      /** Also write the passphrase list into `<outDir>-passphrases/`, as for assignment packages. */
      passphraseList: z.boolean().default(false),
    }),
    z.object({
      callId: z.string(),
      callCode: z.string(),
      outDir: z.string(),
      packages: z.array(issuedPanelPackageSchema),
      passphraseListPath: z.string().nullable(),
    }),
  ),
  /**
   * Member: opens a panel package (checks passphrase, signature and content) into the member's
   * reviewer workspace, made on first use as for assignment packages. An older or equal version
   * changes nothing.
   */
  'reviewer.panel.open': channel(
    z.object({
      source: z.union([z.object({ bytes: bytesSchema }), z.object({ path: z.string().min(1) })]),
      passphrase: z.string().min(1).max(1000),
      workspacePath: z.string().min(1).optional(),
      /** As for `reviewer.openPackage`: the passphrase that seals a member's new identity key. */
      keyPassphrase: z.string().min(1).max(1000).optional(),
    }),
    z.object({
      workspace: workspaceInfoSchema,
      outcome: z.enum(['added', 'updated', 'unchanged']),
      callId: z.string(),
      callCode: z.string(),
      packageVersion: z.number().int(),
      applications: z.number().int(),
    }),
  ),
  /** Member: every panel package opened here, with the shortlist and the ballots cast so far. */
  'reviewer.panel.list': channel(z.object({}), z.object({ calls: z.array(panelCallSchema) })),
  /** Member: one shortlisted application with its review digest, the rubric and the member's ballot. */
  'reviewer.panel.application': channel(
    z.object({ callId: idSchema, applicationId: idSchema }),
    z.object({
      callId: z.string(),
      callCode: z.string(),
      rubric: rubricSchema,
      finalScale: z.object({ min: z.number(), max: z.number() }),
      application: panelApplicationSchema,
      ballot: memberBallotSchema.nullable(),
    }),
  ),
  'reviewer.panel.attachment': channel(
    z.object({ callId: idSchema, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    z.object({ fileName: z.string(), sha256: z.string(), bytes: bytesSchema }),
  ),
  /** Member: records (or changes) a ballot; a change raises its revision. */
  'reviewer.panel.ballot.save': channel(
    z.object({
      callId: idSchema,
      applicationId: idSchema,
      vote: panelVoteValueSchema,
      finalScore: z.number().finite().nullable().default(null),
      comment: z.string().max(BALLOT_COMMENT_MAX).default(''),
    }),
    memberBallotSchema,
  ),
  /**
   * Member: signs and encrypts every ballot of the call to the office. With `path` the file is
   * written there (a folder gets the suggested name); without, the bytes come back.
   */
  'reviewer.panel.export': channel(
    z.object({ callId: idSchema, path: z.string().min(1).optional() }),
    z.object({
      fileName: z.string(),
      path: z.string().nullable(),
      bytes: bytesSchema.nullable(),
      sha256: z.string(),
      ballots: z.number().int(),
    }),
  ),
};
