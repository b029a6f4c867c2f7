import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { qualitySummarySchema } from '../../../shared/contract/quality';
import { parseSnsfCsv } from '../../../test/support/ranking/external-data';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../main';
import { folderPerTest, officeWithDemoCall, runCli } from '../../../test/support/cli/run-cli';

const fixture = path.resolve(
  import.meta.dirname,
  '../../../test/fixtures/external/snsf-erforresearch/mock_data_all_panels.csv',
);

describe('peerdesk quality', () => {
  const dir = folderPerTest();
  let p1: string;
  beforeEach(() => {
    const rows = parseSnsfCsv(readFileSync(fixture, 'utf8')).filter((row) => row.panel === 'p1');
    p1 = path.join(dir(), 'p1.csv');
    writeFileSync(
      p1,
      ['application,reviewer,score', ...rows.map((r) => `${r.application},${r.reviewer},${r.score}`)].join(
        '\n',
      ),
    );
  });

  it('prints the documented JSON for SNSF panel p1 (Bayes, 5 fundable)', async () => {
    const argv = [
      'quality',
      '--scores',
      p1,
      '--higher-is-better',
      '--fundable',
      '5',
      '--seed',
      'p1',
      '--json',
    ];
    const result = await runCli(argv);
    expect(result.err).toBe('');
    expect(result.code).toBe(EXIT_OK);
    const parsed: unknown = JSON.parse(result.out);
    // Strict: no field more, none less, at any level.
    const summary = qualitySummarySchema.parse(parsed);
    expect(Object.keys(parsed as object)).toEqual([
      'alpha',
      'icc1',
      'reviewersFor',
      'applications',
      'reviewers',
    ]);
    expect(Object.keys(summary.alpha)).toEqual(['interval', 'ordinal', 'ci90']);
    expect(Object.keys(summary.reviewersFor)).toEqual(['0.7', '0.8']);
    expect(Object.keys(summary.applications[0] as object)).toEqual([
      'application',
      'n',
      'spread',
      'discordant',
      'fundedShare',
      'stability',
    ]);
    expect(Object.keys(summary.reviewers[0] as object)).toEqual(['reviewer', 'n', 'leniency', 'agreement']);

    // Figures (python3 reference in shared/quality/external.test.ts).
    expect(summary.alpha.interval).toBeCloseTo(0.008841382950646626, 10);
    expect(summary.alpha.ordinal).toBeCloseTo(0.010193495670835828, 10);
    expect(summary.icc1).toBeCloseTo(0.009341885108756234, 10);
    expect(summary.reviewersFor).toEqual({ '0.7': 248, '0.8': 425 });
    const [lo, hi] = summary.alpha.ci90 as [number, number];
    expect(lo).toBeLessThan(summary.alpha.interval as number);
    expect(hi).toBeGreaterThan(summary.alpha.interval as number);
    expect(summary.applications).toHaveLength(15);
    expect(summary.applications.every((a) => a.n === 5)).toBe(true);
    const shares = summary.applications.map((a) => a.fundedShare as number);
    expect(shares.reduce((t, s) => t + s, 0)).toBeCloseTo(5, 9);
    expect(summary.reviewers.map((r) => [r.reviewer, r.n])).toEqual([
      ['v_1', 15],
      ['v_2', 15],
      ['v_3', 15],
      ['v_4', 15],
      ['v_5', 15],
    ]);
    // v_1 is the most generous assessor of panel p1, v_5 the strictest (ERforResearch's vignette).
    const leniency = new Map(summary.reviewers.map((r) => [r.reviewer, r.leniency as number]));
    expect(Math.max(...leniency.values())).toBe(leniency.get('v_1'));
    expect(Math.min(...leniency.values())).toBe(leniency.get('v_5'));

    expect((await runCli(argv)).out).toBe(result.out); // the recorded seed reproduces
  });

  it('prints a readable table in either language, and refuses a missing direction', async () => {
    const meanOfP1 = ['quality', '--scores', p1, '--higher-is-better', '--method', 'mean'];
    const en = await runCli([...meanOfP1, '--fundable', '5'], 'en');
    expect(en.code).toBe(EXIT_OK);
    expect(en.out).toContain('Review quality (Mean score, seed peerdesk)');
    expect(en.out).toContain('reviewers needed for 0.7: 248');
    const zh = await runCli(meanOfP1, 'zh-CN');
    expect(zh.code).toBe(EXIT_OK);
    expect(zh.out).toContain('信度达到 0.7 所需专家数 248');
    expect(zh.out).toContain('未指定资助线');
    expect((await runCli(['quality', '--scores', p1])).code).toBe(EXIT_USAGE);
    // An envelope needs award amounts: a translated refusal, not a crash.
    const refused = await runCli([
      'quality',
      '--scores',
      p1,
      '--higher-is-better',
      '--method',
      'mean',
      '--envelope',
      '100',
      '--lang',
      'zh-CN',
    ]);
    expect(refused.code).toBe(EXIT_REFUSED);
    expect(refused.err + refused.out).toContain('尚无资助金额');
  });

  it('reads a workspace call through the same door', async () => {
    const workspace = path.join(dir(), 'office.sqlite');
    await officeWithDemoCall(workspace);
    const result = await runCli([
      'quality',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--method',
      'zscore',
      '--fundable',
      '2',
      '--json',
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(EXIT_OK);
    const summary = qualitySummarySchema.parse(JSON.parse(result.out));
    const shares = summary.applications
      .filter((a) => a.fundedShare !== null)
      .map((a) => a.fundedShare as number);
    expect(shares.length).toBeGreaterThan(2);
    expect(shares.reduce((t, s) => t + s, 0)).toBeCloseTo(2, 9);
  });
});
