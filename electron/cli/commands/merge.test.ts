import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/temp';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../main';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  versioned,
} from '../../../test/support/merge/scenario';
import { openOfficeWorkspace, type OfficeWorkspace } from '../../../test/support/merge/office';
import { runCli } from '../../../test/support/cli/run-cli';

let office: OfficeWorkspace;
let inbox: string;
const previousDataDir = process.env.PEERDESK_DATA_DIR;

beforeAll(async () => {
  process.env.PEERDESK_DATA_DIR = tempDir('peerdesk-cli-data-');
  const scenario = createScenario({ seed: 'cli-merge', reviewers: 3, applications: 6, perReviewer: 3 });
  office = await openOfficeWorkspace(scenario);
  office.dispatcher.session.close();
  inbox = path.join(office.dir, 'inbox');
  mkdirSync(path.join(inbox, 'late'), { recursive: true });
  for (const [index, reviewer] of scenario.reviewers.entries()) {
    const reviews = reviewer.applications.map((app, i) =>
      versioned(completeReview(scenario, reviewer.id, app, i), 1),
    );
    const folder = index === 2 ? path.join(inbox, 'late') : inbox;
    writeFileSync(
      path.join(folder, `reviewer-${index + 1}.pdrev`),
      await buildReviewBundle(scenario, reviewer, reviews),
    );
  }
  writeFileSync(path.join(inbox, 'late', 'broken.pdrev'), new TextEncoder().encode('not a bundle'));
});
afterAll(() => {
  if (previousDataDir === undefined) delete process.env.PEERDESK_DATA_DIR;
  else process.env.PEERDESK_DATA_DIR = previousDataDir;
});

describe('peerdesk merge', () => {
  it('exits 2 on usage errors', async () => {
    expect((await runCli(['merge', '--workspace', office.file])).code).toBe(EXIT_USAGE);
    const missing = await runCli(['merge', path.join(inbox, 'reviewer-1.pdrev')]);
    expect(missing.code).toBe(EXIT_USAGE);
    expect(missing.err).toContain('--workspace is required');
  });

  it('merges files given by a glob pattern and reports each as JSON, exit 0', async () => {
    const merged = await runCli(['merge', '--workspace', office.file, path.join(inbox, '*.pdrev'), '--json']);
    expect(merged.code).toBe(EXIT_OK);
    const report = JSON.parse(merged.out) as { reports: { file: string; status: string; new: number }[] };
    expect(report.reports.map((r) => [path.basename(r.file), r.status, r.new])).toEqual([
      ['reviewer-1.pdrev', 'applied', 3],
      ['reviewer-2.pdrev', 'applied', 3],
    ]);
  });

  it('exits 1 when one bundle is refused, still merges the others, and lists every file', async () => {
    const folder = path.join(inbox, 'late');
    const merged = await runCli(['merge', '--workspace', office.file, folder, '--json', '--lang', 'zh-CN']);
    expect(merged.code).toBe(EXIT_REFUSED);
    const report = JSON.parse(merged.out) as {
      ok: boolean;
      code: string;
      reports: {
        file: string;
        status: string;
        new: number;
        reason: { code: string; message: string } | null;
      }[];
    };
    expect(report).toMatchObject({ ok: false, code: 'merge.cli.someRefused' });
    expect(report.reports.map((r) => [path.basename(r.file), r.status])).toEqual([
      ['broken.pdrev', 'refused'],
      ['reviewer-3.pdrev', 'applied'],
    ]);
    expect(report.reports[0]?.reason?.code).toBe('bundle.errors.zipNoEndRecord');
    expect(report.reports[0]?.reason?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports re-imports as no-ops for a person, exit 0', async () => {
    const again = await runCli([
      'merge',
      '--workspace',
      office.file,
      path.join(inbox, '**', 'reviewer-*.pdrev'),
      '--lang',
      'en',
    ]);
    expect(again.code).toBe(EXIT_OK);
    expect(again.out).toContain('0 applied, 3 already imported, 0 refused, of 3 bundles.');
    expect(again.out).toMatch(
      /Already imported {2}.*reviewer-3\.pdrev {2}This exact file was already imported/,
    );
  });

  it('exits 1 with a clear message when a pattern matches nothing', async () => {
    const nothing = await runCli([
      'merge',
      '--workspace',
      office.file,
      path.join(inbox, '*.zip'),
      '--lang',
      'en',
    ]);
    expect(nothing.code).toBe(EXIT_REFUSED);
    expect(nothing.err).toContain('No review bundle matches');
  });
});
