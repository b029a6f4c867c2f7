import { z } from 'zod';
import { channel } from './channel';
import { callRefSchema } from './calls';
import {
  applicationDraftSchema,
  applicationEditSchema,
  applicationRowSchema,
  applicationSchema,
  applicationSortSchema,
  applicationStatusSchema,
} from '../domain/application';
import { attachmentSourceSchema, fileSourceSchema, importReportSchema } from '../domain/import-report';

export const applicationImportReportSchema = importReportSchema.extend({
  /** PDF files looked at, matched to an application, and stored (0 unless committed). */
  attachments: z.object({
    files: z.number().int(),
    matched: z.number().int(),
    stored: z.number().int(),
  }),
  /** The first rows as they will be written, for the preview. */
  preview: z.array(applicationDraftSchema),
});
export type ApplicationImportReport = z.infer<typeof applicationImportReportSchema>;

export const applicationsChannels = {
  /**
   * Imports applications from CSV/XLSX (zh or en headers) into a call, with optional PDF
   * attachments matched by reference number. `dryRun` only validates. Any error: nothing written,
   * unless the officer confirmed `importValidRows` and every error is about a data row — then the
   * valid rows are written and the rejected ones come back as `rejectedRowsFile`.
   */
  'applications.import': channel(
    z.object({
      callId: callRefSchema,
      file: fileSourceSchema,
      attachments: attachmentSourceSchema.optional(),
      dryRun: z.boolean().default(false),
      importValidRows: z.boolean().default(false),
    }),
    applicationImportReportSchema,
  ),
  /** Adds PDF attachments to applications already in the call, matched by reference number. */
  'applications.importAttachments': channel(
    z.object({
      callId: callRefSchema,
      attachments: attachmentSourceSchema,
      dryRun: z.boolean().default(false),
    }),
    applicationImportReportSchema,
  ),
  /**
   * The applications table. `query` searches reference number, title, abstract, keywords, PI,
   * institution and team members (Chinese and English, any substring); terms are ANDed. Text
   * columns sort by pinyin (zh-CN collation), ties by reference number.
   */
  'applications.list': channel(
    z.object({
      callId: callRefSchema,
      query: z.string().max(500).default(''),
      statuses: z.array(applicationStatusSchema).default([]),
      discipline: z.string().optional(),
      challengeCode: z.string().optional(),
      flaggedOnly: z.boolean().default(false),
      sort: applicationSortSchema.default('referenceNo'),
      descending: z.boolean().default(false),
      limit: z.number().int().min(1).max(50000).default(50000),
    }),
    z.object({
      total: z.number().int(),
      rows: z.array(applicationRowSchema),
      disciplines: z.array(z.string()),
    }),
  ),
  /**
   * Withdraws an application, with the officer's reason (audited): it leaves assignment (pairs
   * still assigned are released), ranking and funding (its decision, if any, is removed).
   */
  'applications.withdraw': channel(
    z.object({ applicationId: z.string().min(1), reason: z.string().trim().min(1).max(2000) }),
    z.object({ releasedAssignments: z.number().int(), decisionRemoved: z.boolean() }),
  ),
  /**
   * Corrects an application after import (audited with each changed field's old and new value).
   * Conflicts and integrity flags are recomputed, since names and institutions may have changed.
   * A requested total must still equal the sum of the budget lines, when there are any.
   */
  'applications.update': channel(
    z.object({ applicationId: z.string().min(1), changes: applicationEditSchema }),
    z.object({ changed: z.array(z.string()) }),
  ),
  'applications.get': channel(
    z.object({ applicationId: z.string().min(1) }),
    applicationSchema.extend({
      challengeTitle: z.object({ zh: z.string(), en: z.string() }).nullable(),
      conflicts: z.array(
        z.object({ reviewerId: z.string(), reviewerName: z.string(), type: z.string(), reason: z.string() }),
      ),
    }),
  ),
  /** One attachment's bytes, e.g. to open the PDF. */
  'applications.attachment': channel(
    z.object({ attachmentId: z.string().min(1) }),
    z.object({ fileName: z.string(), sha256: z.string(), bytes: z.instanceof(Uint8Array) }),
  ),
};
