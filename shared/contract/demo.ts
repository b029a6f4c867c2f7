import { z } from 'zod';
import { channel } from './channel';
import { workspaceInfoSchema } from '../domain/workspace';

/** The largest demo the generator builds (and what the `demo` command accepts). */
export const DEMO_LIMITS = { applications: 5000, reviewers: 1000, perApplication: 10 } as const;

export const demoRequestSchema = z.object({
  /** An empty or new folder: DIR/office.sqlite, DIR/source/, DIR/packages/, DIR/passphrases.csv. */
  outDir: z.string().min(1),
  applications: z.number().int().min(1).max(DEMO_LIMITS.applications).default(120),
  reviewers: z.number().int().min(1).max(DEMO_LIMITS.reviewers).default(40),
  perApplication: z.number().int().min(1).max(DEMO_LIMITS.perApplication).default(3),
  seed: z.union([z.string().min(1).max(200), z.number().int()]).default('peerdesk'),
  /** Then let every reviewer open their packages, score and export a bundle to DIR/bundles/. */
  simulate: z.boolean().default(false),
  /**
   * With `simulate`: then merge the review bundles, rank, set up a panel per call, issue the panel
   * packages to DIR/panel-packages/ and write the simulated members' ballot bundles to DIR/ballots/
   * (not merged).
   */
  panel: z.boolean().default(false),
});

export const demoResultSchema = z.object({
  /** The demo workspace, left open. */
  workspace: workspaceInfoSchema,
  calls: z.array(
    z.object({
      code: z.string(),
      applications: z.number().int(),
      assigned: z.number().int(),
      uncovered: z.number().int(),
      packages: z.number().int(),
    }),
  ),
  reviewers: z.number().int(),
  conflicts: z.number().int(),
  packagesDir: z.string(),
  passphraseListPath: z.string(),
  simulation: z
    .object({
      bundlesDir: z.string(),
      bundles: z.number().int(),
      submitted: z.number().int(),
      recused: z.number().int(),
    })
    .nullable(),
  panel: z
    .object({
      packagesDir: z.string(),
      passphraseListPath: z.string().nullable(),
      ballotsDir: z.string(),
      packages: z.number().int(),
      ballots: z.number().int(),
    })
    .nullable()
    .default(null),
  /** Milliseconds per step and in total. */
  timings: z.record(z.string(), z.number()),
});
export type DemoResult = z.infer<typeof demoResultSchema>;

export const demoChannels = {
  /**
   * Builds a seeded demo office: a 杰青 lump-sum call and a challenge call, applications with PDFs
   * and budgets, reviewers, conflicts; assigns; writes the packages and the passphrase list.
   */
  'demo.run': channel(demoRequestSchema, demoResultSchema),
};
