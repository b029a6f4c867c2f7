import { z } from 'zod';
import { localizedTextSchema } from './localized';
import { rankParametersSchema, rankTableSchema, recordedDrawSchema, scoreRowSchema } from './ranking-run';
import { rubricSchema } from './rubric';

/**
 * `payload/content.json` of a results bundle (office → archive), signed with the office's key.
 *
 * It carries what a committee decision rests on, so that anyone can check it later without the
 * workspace: the score rows and parameters of the ranking run (re-running them gives `run.output`),
 * every recorded lottery draw (re-running gives its result), awards and decisions. Reviewers appear
 * by id only; their names and comments are in the XLSX report next to it (`reports/results.xlsx`),
 * with the English panel report (`reports/panel-report.pdf`).
 */
export const RESULTS_BUNDLE_CONTENT_VERSION = 1;

export const resultsBundleContentSchema = z.strictObject({
  version: z.literal(RESULTS_BUNDLE_CONTENT_VERSION),
  generatedAt: z.string(),
  appVersion: z.string(),
  call: z.strictObject({
    id: z.string(),
    code: z.string(),
    title: localizedTextSchema,
    category: z.enum(['general', 'lump-sum', 'challenge']),
    envelope: z.number().int().nullable(),
    rubricVersion: z.number().int(),
  }),
  rubric: rubricSchema,
  challenges: z.array(
    z.strictObject({
      id: z.string(),
      code: z.string(),
      title: localizedTextSchema,
      awards: z.number().int(),
    }),
  ),
  applications: z.array(
    z.strictObject({
      id: z.string(),
      referenceNo: z.string(),
      title: z.string(),
      piName: z.string(),
      institution: z.string(),
      challengeId: z.string().nullable(),
      requested: z.number().int(),
      status: z.string(),
      excluded: z.boolean(),
    }),
  ),
  scoreRows: z.array(scoreRowSchema),
  run: z
    .strictObject({
      id: z.string(),
      createdAt: z.string(),
      inputDigest: z.string(),
      parameters: rankParametersSchema,
      output: rankTableSchema,
    })
    .nullable(),
  draws: z.array(
    recordedDrawSchema.extend({
      id: z.string(),
      runId: z.string(),
      pool: z.string().nullable(),
      seedSource: z.enum(['officer', 'generated']),
      createdAt: z.string(),
    }),
  ),
  awards: z.array(
    z.strictObject({
      application: z.string(),
      amount: z.number().int().nullable(),
      basis: z.enum(['median', 'requested', 'override', 'none']),
      median: z.number().nullable(),
      opinions: z.number().int(),
      capped: z.boolean(),
      reason: z.string().nullable(),
    }),
  ),
  decisions: z.array(
    z.strictObject({
      application: z.string(),
      outcome: z.enum(['fund', 'reserve', 'not-fund']),
      amount: z.number().int().nullable(),
      note: z.string(),
      decidedAt: z.string(),
    }),
  ),
  money: z.strictObject({
    envelope: z.number().int().nullable(),
    committed: z.number().int(),
    reserved: z.number().int(),
    remaining: z.number().int().nullable(),
    funded: z.number().int(),
    reserve: z.number().int(),
    notFunded: z.number().int(),
    undecided: z.number().int(),
  }),
});
export type ResultsBundleContent = z.infer<typeof resultsBundleContentSchema>;

/** Report files carried next to content.json (names allowed by shared/bundle/names.ts). */
export const RESULTS_REPORT_XLSX = 'reports/results.xlsx';
export const RESULTS_REPORT_PDF = 'reports/panel-report.pdf';
