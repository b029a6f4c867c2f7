import { z } from 'zod';
import { fileBytesSchema } from './file-bytes';

/**
 * What every import (applications, reviewers, integrity list) reports, row by row, before and after
 * writing. `problem.key` is an i18n key under `office.import.problems`; `row` is the row number the
 * officer sees in the spreadsheet (the header is row 1; 0 = the file as a whole).
 */
export const importProblemSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importIssueSchema = z.object({
  row: z.number().int().nonnegative(),
  /** The column's header as written in the file; '' when the issue is about the row or file. */
  column: z.string(),
  severity: z.enum(['error', 'warning']),
  problem: importProblemSchema,
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

/** A file to import: a path on this computer (CLI, desktop) or its bytes (browser upload). */
export const fileSourceSchema = z.union([
  z.object({ path: z.string().min(1) }),
  z.object({ name: z.string().min(1).max(1000), bytes: z.instanceof(Uint8Array) }),
]);
export type FileSource = z.infer<typeof fileSourceSchema>;

/** PDF attachments: a folder on this computer, or uploaded files named by their relative path. */
export const attachmentSourceSchema = z.union([
  z.object({ folder: z.string().min(1) }),
  z.object({
    files: z
      .array(z.object({ name: z.string().min(1).max(1000), bytes: z.instanceof(Uint8Array) }))
      .max(100000),
  }),
]);
export type AttachmentSource = z.infer<typeof attachmentSourceSchema>;

/** At most this many issues travel back; `errors` and `warnings` still count all of them. */
export const MAX_REPORTED_ISSUES = 1000;

export const importReportSchema = z.object({
  fileName: z.string(),
  dryRun: z.boolean(),
  /** True only when the rows were written (one transaction). */
  committed: z.boolean(),
  /** Data rows read (header excluded, blank rows skipped). */
  rows: z.number().int().nonnegative(),
  /** Rows without errors. */
  valid: z.number().int().nonnegative(),
  /**
   * Rows written; 0 on a dry run, and 0 when any row has an error unless the officer confirmed
   * importing the valid rows alone (`importValidRows`).
   */
  imported: z.number().int().nonnegative(),
  /** Data rows with at least one error: never written. */
  rejected: z.number().int().nonnegative(),
  /**
   * Every error is about a data row (the file and its header are sound), so the valid rows may be
   * imported alone once the officer confirms.
   */
  canImportValidRows: z.boolean(),
  /**
   * The rejected rows as a CSV in the officer's language: the row number, the columns and the
   * reasons, then the row's own cells under the file's header, to fix and import again. Null when
   * no row was rejected.
   */
  rejectedRowsFile: z
    .object({ fileName: z.string(), mediaType: z.string(), bytes: fileBytesSchema })
    .nullable(),
  /**
   * Where the header was found: the worksheet's name (null for a CSV) and its row number. Title
   * rows above it and sheets without a header (填表说明) were skipped. Null when none was found.
   */
  header: z.object({ sheet: z.string().nullable(), row: z.number().int().positive() }).nullable(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  issues: z.array(importIssueSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;
