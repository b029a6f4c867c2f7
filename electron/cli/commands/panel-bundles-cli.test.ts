import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CALL_ID, panelOffice } from '../../../test/support/panel/panel-office';
import { reviewerTestApp } from '../../../test/support/reviewer/app';
import { EXIT_OK, EXIT_USAGE } from '../main';
import { runCli } from '../../../test/support/cli/run-cli';

describe('peerdesk panel packages, merge of ballot bundles and panel schedule', () => {
  let dir: string;
  beforeEach(async () => {
    const made = await panelOffice();
    made.office.dispatcher.session.close();
    dir = made.dir;
    vi.stubEnv('PEERDESK_DATA_DIR', path.join(dir, 'data'));
    vi.stubEnv('PEERDESK_OFFICE_PASSPHRASE', 'panel office passphrase for tests');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('issues panel packages with a passphrase list, merges a member’s ballot bundle and exports the schedule', async () => {
    const workspace = path.join(dir, 'office.sqlite');
    const issued = await runCli([
      'panel',
      'packages',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--out',
      path.join(dir, 'pkgs'),
      '--json',
    ]);
    expect(issued.code, issued.out + issued.err).toBe(EXIT_OK);
    const value = JSON.parse(issued.out) as {
      packages: { reviewerId: string; path: string; passphrase: string }[];
      passphraseListPath: string;
    };
    expect(value.packages).toHaveLength(5);
    expect(existsSync(value.passphraseListPath)).toBe(true);
    expect(readdirSync(path.join(dir, 'pkgs')).every((name) => name.endsWith('.pdpanel'))).toBe(true);

    const pkg = value.packages.find((p) => p.reviewerId === 'member-3');
    if (!pkg) throw new Error('no package for member-3');
    const member = reviewerTestApp({ seed: 'member-3' });
    await member.ok('reviewer.panel.open', { source: { path: pkg.path }, passphrase: pkg.passphrase });
    const [first] = (await member.ok('reviewer.panel.list', {})).calls[0]?.applications ?? [];
    await member.ok('reviewer.panel.ballot.save', {
      callId: DEMO_CALL_ID,
      applicationId: first?.applicationId ?? '',
      vote: 'for',
      finalScore: 4,
    });
    await member.ok('reviewer.panel.export', {
      callId: DEMO_CALL_ID,
      path: path.join(dir, 'ballots') + path.sep,
    });

    const merged = await runCli(['merge', '--workspace', workspace, path.join(dir, 'ballots'), '--json']);
    expect(merged.code, merged.out).toBe(EXIT_OK);
    const tally = await runCli(['panel', 'tally', '--workspace', workspace, '--call', 'JQ-2026', '--json']);
    const rows = (JSON.parse(tally.out) as { applications: { present: number; for: number }[] }).applications;
    expect(rows.reduce((sum, row) => sum + row.for, 0)).toBe(1);

    const schedule = path.join(dir, 'schedule.xlsx');
    const exported = await runCli([
      'panel',
      'schedule',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--format',
      'xlsx',
      '--out',
      schedule,
    ]);
    expect(exported.code, exported.err).toBe(EXIT_OK);
    expect(existsSync(schedule)).toBe(true);
    const wrong = await runCli([
      'panel',
      'schedule',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--format',
      'doc',
      '--out',
      schedule,
    ]);
    expect(wrong.code).toBe(EXIT_USAGE);
  }, 120_000);
});
