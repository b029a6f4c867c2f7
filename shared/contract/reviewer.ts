import { z } from 'zod';
import { channel } from './channel';
import { localizedTextSchema } from '../domain/localized';
import { rubricSchema } from '../domain/rubric';
import { budgetOpinionSchema, familiaritySchema, recusalSchema, reviewContentSchema } from '../domain/review';
import { workspaceInfoSchema } from '../domain/workspace';
import type { MessageKey } from '../i18n/message-key';
import { isMessageKey } from '../i18n/translate';

/** File bytes: Uint8Array on IPC, `{ $bytes }` base64 over HTTP (shared/contract/wire.ts). */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected file bytes');

/** An application by its id (what screens pass) or its reference number (what people type). */
const applicationRefSchema = z.string().trim().min(1).max(200);

export const callCategorySchema = z.enum(['general', 'lump-sum', 'challenge']);
export const reviewModeSchema = z.enum(['open', 'blind']);

/** Where a review stands for the reviewer; `exported` = submitted or recused, unchanged since export. */
export const inboxStateSchema = z.enum(['not-started', 'draft', 'submitted', 'recused', 'exported']);
export type InboxState = z.infer<typeof inboxStateSchema>;

/** A review as the reviewer's workspace keeps it. */
export const reviewStateSchema = z.object({
  content: reviewContentSchema,
  revision: z.number().int().nonnegative(),
  digest: z.string(),
  /** The revision the last export carried; null = never exported. */
  exportedRevision: z.number().int().nullable(),
  /** Submitted or recused, and the last export carried exactly this revision. */
  exported: z.boolean(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type ReviewState = z.infer<typeof reviewStateSchema>;

/**
 * What an autosave sends: every field given replaces the stored one; fields left out are kept. A
 * score left out of `scores` is unscored (never 0). Text lengths are not limited here: the handler
 * checks each field against the rubric and its limits, saves the valid ones and reports the rest,
 * so one over-long comment never refuses the whole draft.
 */
export const draftPatchSchema = z.strictObject({
  scores: z.record(z.string(), z.number().finite()).optional(),
  choices: z.record(z.string(), z.string()).optional(),
  comments: z.record(z.string(), z.string()).optional(),
  recommendation: z.string().nullable().optional(),
  familiarity: familiaritySchema.nullable().optional(),
  budgetOpinion: budgetOpinionSchema.extend({ reason: z.string() }).nullable().optional(),
});
export type DraftPatch = z.infer<typeof draftPatchSchema>;

/** A field the handler did not store, with the i18n code (`review.issues.*`) that says why. */
export const reviewIssueSchema = z.object({
  field: z.string(),
  code: z.custom<MessageKey>((value) => typeof value === 'string' && isMessageKey(value), {
    message: 'not a message key',
  }),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** The review after an autosave, and the fields of the patch that kept their stored value. */
export const draftSavedSchema = reviewStateSchema.extend({ rejected: z.array(reviewIssueSchema) });
export type DraftSaved = z.infer<typeof draftSavedSchema>;

const callSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  title: localizedTextSchema,
  category: callCategorySchema,
  reviewMode: reviewModeSchema,
  dueAt: z.string().nullable(),
  packageVersion: z.number().int(),
  issuedAt: z.string(),
  officeName: z.string(),
  /** The scored criteria and recommendation options, for the "my scores" table. */
  criteria: z.array(z.object({ id: z.string(), label: localizedTextSchema })),
  recommendations: z.array(z.object({ id: z.string(), label: localizedTextSchema })),
});

export const inboxItemSchema = z.object({
  applicationId: z.string(),
  callId: z.string(),
  referenceNo: z.string(),
  title: z.string(),
  discipline: z.string(),
  keywords: z.array(z.string()),
  /** Null in blind review: the package never carried the applicant's identity. */
  applicant: z.object({ piName: z.string(), institution: z.string() }).nullable(),
  requestedTotal: z.number().int(),
  /** The assignment's due date, else the call's. */
  dueAt: z.string().nullable(),
  /** Past due (by the app's clock) and neither submitted nor recused. */
  overdue: z.boolean(),
  state: inboxStateSchema,
  recused: z.boolean(),
  revision: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  /** Overall score of the review so far; null until every scored criterion has a value. */
  overall: z.number().nullable(),
  /** The criterion scores given so far; a criterion not scored is absent (never 0). */
  scores: z.record(z.string(), z.number()),
  recommendation: z.string().nullable(),
  /** Taken out of this reviewer's package by a newer one; listed only when a review exists. */
  archived: z.boolean(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const applicationDetailSchema = z.object({
  application: z.object({
    id: z.string(),
    referenceNo: z.string(),
    title: z.string(),
    abstract: z.string(),
    keywords: z.array(z.string()),
    discipline: z.string(),
    challenge: z.object({ code: z.string(), title: localizedTextSchema }).nullable(),
    applicant: z
      .object({ piName: z.string(), institution: z.string(), email: z.string(), team: z.array(z.string()) })
      .nullable(),
    durationMonths: z.number().int().nullable(),
    requestedTotal: z.number().int(),
    budgetLines: z.array(
      z.object({ workPackage: z.string(), year: z.number().int(), amount: z.number().int() }),
    ),
    attachments: z.array(
      z.object({ id: z.string(), fileName: z.string(), size: z.number().int(), sha256: z.string() }),
    ),
    archived: z.boolean(),
    dueAt: z.string().nullable(),
  }),
  call: z.object({
    id: z.string(),
    code: z.string(),
    title: localizedTextSchema,
    category: callCategorySchema,
    reviewMode: reviewModeSchema,
    rubricVersion: z.number().int(),
    rubric: rubricSchema,
  }),
  review: reviewStateSchema.nullable(),
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;

export const exportSummarySchema = z.object({
  callId: z.string(),
  callCode: z.string(),
  title: localizedTextSchema,
  assigned: z.number().int(),
  submitted: z.number().int(),
  recused: z.number().int(),
  drafts: z.number().int(),
  notStarted: z.number().int(),
  /** Drafts and not started: what the bundle will not carry. */
  open: z.number().int(),
  /** Submitted or recused reviews the last export did not carry in their current revision. */
  changedSinceExport: z.number().int(),
  lastExportedAt: z.string().nullable(),
  /** The name the next export gets, e.g. `review-GX-JQ-2026-张伟-20261127-0900.pdrev`. */
  fileName: z.string(),
});
export type ExportSummary = z.infer<typeof exportSummarySchema>;

export const reviewerChannels = {
  /**
   * Opens an assignment package: checks passphrase, signature and content, then imports it. With no
   * workspace open, the first package creates the reviewer workspace (at `workspacePath` or in the
   * app's folder) and the reviewer's key pair. A newer package for a call merges in; an older or
   * equal one changes nothing (`unchanged`).
   */
  'reviewer.openPackage': channel(
    z.object({
      source: z.union([z.object({ bytes: bytesSchema }), z.object({ path: z.string().min(1) })]),
      passphrase: z.string().min(1).max(1000),
      fileName: z.string().max(500).optional(),
      workspacePath: z.string().min(1).optional(),
      /**
       * The reviewer's own passphrase, chosen at the first package on a door without an OS key
       * store: the identity key is sealed under it from the moment it is made (refused with
       * `keys.errors.reviewerPassphraseRequired` when needed and missing). Ignored once the key exists.
       */
      keyPassphrase: z.string().min(1).max(1000).optional(),
    }),
    z.object({
      workspace: workspaceInfoSchema,
      outcome: z.enum(['created', 'added', 'updated', 'unchanged']),
      callId: z.string(),
      callCode: z.string(),
      callTitle: localizedTextSchema,
      packageVersion: z.number().int(),
      previousVersion: z.number().int().nullable(),
      added: z.number().int(),
      archived: z.number().int(),
      kept: z.number().int(),
    }),
  ),
  'reviewer.inbox': channel(
    z.object({}),
    z.object({
      reviewer: z.object({ id: z.string(), name: z.string(), institution: z.string() }).nullable(),
      calls: z.array(callSummarySchema),
      items: z.array(inboxItemSchema),
      /** The moment `overdue` was judged at. */
      asOf: z.string(),
    }),
  ),
  'reviewer.application': channel(z.object({ applicationId: applicationRefSchema }), applicationDetailSchema),
  'reviewer.attachment': channel(
    z.object({ attachmentId: z.string().min(1) }),
    z.object({ fileName: z.string(), sha256: z.string(), bytes: bytesSchema }),
  ),
  /**
   * Autosave: committed to the workspace file before it answers. Each field is judged on its own:
   * the valid ones are saved, the others keep their stored value and are listed in `rejected`.
   */
  'reviewer.saveDraft': channel(
    z.object({ applicationId: applicationRefSchema, draft: draftPatchSchema }),
    draftSavedSchema,
  ),
  'reviewer.submit': channel(z.object({ applicationId: applicationRefSchema }), reviewStateSchema),
  /** Back to draft; after an export the next change raises the revision. */
  'reviewer.reopen': channel(z.object({ applicationId: applicationRefSchema }), reviewStateSchema),
  'reviewer.recuse': channel(
    z.object({ applicationId: applicationRefSchema, recusal: recusalSchema }),
    reviewStateSchema,
  ),
  'reviewer.exportSummary': channel(z.object({}), z.object({ calls: z.array(exportSummarySchema) })),
  /**
   * Signs and encrypts the submitted reviews and recusals of one call to the office. With `path`
   * the file is written there (a folder gets the suggested name); without, the bytes come back.
   */
  'reviewer.export': channel(
    z.object({
      /** The call's id or code; may be left out when the workspace holds one call. */
      callId: z.string().min(1).optional(),
      path: z.string().min(1).optional(),
    }),
    z.object({
      fileName: z.string(),
      path: z.string().nullable(),
      bytes: bytesSchema.nullable(),
      bundleId: z.string(),
      sha256: z.string(),
      exportedAt: z.string(),
      submitted: z.number().int(),
      recused: z.number().int(),
      open: z.number().int(),
    }),
  ),
};
