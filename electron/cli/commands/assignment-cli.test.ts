import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../test/temp';
import { DEMO_OFFICE_PASSPHRASE } from '../../keys/demo-passphrase';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../main';
import { runCli } from '../../../test/support/cli/run-cli';

describe('peerdesk demo, assign and packages export', () => {
  beforeEach(() => {
    vi.stubEnv('PEERDESK_DATA_DIR', path.join(tempDir(), 'data'));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('builds a demo, re-runs assignment on it and exports packages again', async () => {
    const dir = tempDir('peerdesk-cli-');
    const demoDir = path.join(dir, 'demo');
    const demo = await runCli([
      'demo',
      '--out',
      demoDir,
      '--applications',
      '10',
      '--reviewers',
      '6',
      '--seed',
      'cli',
      '--json',
    ]);
    expect(demo.code).toBe(EXIT_OK);
    const summary = JSON.parse(demo.out) as {
      workspace: { path: string };
      calls: { code: string; packages: number }[];
    };
    expect(summary.workspace.path).toBe(path.join(demoDir, 'office.sqlite'));
    const workspace = summary.workspace.path;

    // Packages were issued, so a full re-plan is refused; filling gaps is allowed.
    const replan = await runCli(['assign', '--workspace', workspace, '--call', 'GXJQ2026', '--lang', 'en']);
    expect(replan.code).toBe(EXIT_REFUSED);
    expect(replan.err).toContain('may only fill gaps');
    const fill = await runCli([
      'assign',
      '--workspace',
      workspace,
      '--call',
      'GXJQ2026',
      '--fill-gaps',
      '--lang',
      'en',
    ]);
    expect(fill.code).toBe(EXIT_OK);
    expect(fill.out).toMatch(/^GXJQ2026: 0 added, 18 kept, 0 re-planned; 0 applications short of reviewers/);

    // The reviewer record rules reach the contract: in range they run, out of range they are refused.
    const gaps = ['assign', '--workspace', workspace, '--call', 'GXJQ2026', '--fill-gaps', '--lang', 'en'];
    const ruled = await runCli([...gaps, '--min-credit', '60', '--year-cap', '10']);
    expect(ruled.code).toBe(EXIT_OK);
    const overCredit = await runCli([...gaps, '--min-credit', '150']);
    expect(overCredit.code).toBe(EXIT_REFUSED);
    expect(overCredit.err).toContain('minCredit');
    expect((await runCli([...gaps, '--year-cap', '0'])).code).toBe(EXIT_REFUSED);
    expect((await runCli([...gaps, '--year-cap', 'ten'])).code).toBe(EXIT_USAGE);

    // The demo office's keys are under its documented passphrase; the CLI unlocks with it.
    vi.stubEnv('PEERDESK_OFFICE_PASSPHRASE', DEMO_OFFICE_PASSPHRASE);
    const again = path.join(dir, 'again');
    const exported = await runCli([
      'packages',
      'export',
      '--workspace',
      workspace,
      '--call',
      'GXJQ2026',
      '--out',
      again,
      '--all',
      '--json',
    ]);
    expect(exported.code).toBe(EXIT_OK);
    const value = JSON.parse(exported.out) as {
      packages: { version: number; passphrase: string }[];
      passphraseListPath: string;
    };
    expect(value.packages.length).toBe(summary.calls.find((call) => call.code === 'GXJQ2026')!.packages);
    expect(value.packages.every((p) => p.version === 2)).toBe(true);
    expect(value.passphraseListPath).toBe(path.join(`${again}-passphrases`, 'passphrases.csv'));
    const csv = readFileSync(value.passphraseListPath, 'utf8');
    for (const p of value.packages) expect(csv).toContain(p.passphrase);

    const human = await runCli([
      'packages',
      'export',
      '--workspace',
      workspace,
      '--call',
      'GXJQ2026',
      '--out',
      again,
      '--lang',
      'zh-CN',
    ]);
    expect(human.code).toBe(EXIT_OK);
    expect(human.out).toContain('已将 0 个任务包写入');
  });

  it('reports usage errors and refusals with the documented exit codes', async () => {
    expect((await runCli(['demo'])).code).toBe(EXIT_USAGE);
    expect(
      (await runCli(['assign', '--workspace', path.join(tempDir(), 'none.sqlite'), '--call', 'X'])).code,
    ).toBe(EXIT_REFUSED);
    expect((await runCli(['demo', '--out', tempDir(), '--applications', 'many'])).code).toBe(EXIT_USAGE);
  });
});
