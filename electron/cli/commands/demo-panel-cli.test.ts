import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../test/temp';
import { DEMO_OFFICE_PASSPHRASE } from '../../keys/demo-passphrase';
import { EXIT_OK } from '../main';
import { runCli } from '../../../test/support/cli/run-cli';

/**
 * The whole command-line path of issue 11 on a door that requires protected keys (every shipped
 * one): the demo's simulated members seal or unlock their own keys, the office merges their ballot
 * bundles and tallies.
 */
describe('peerdesk demo --simulate --panel, then merge and tally', () => {
  beforeEach(() => {
    vi.stubEnv('PEERDESK_DATA_DIR', path.join(tempDir(), 'data'));
    vi.stubEnv('PEERDESK_OFFICE_PASSPHRASE', DEMO_OFFICE_PASSPHRASE);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('writes ballot bundles that the office merges and tallies', async () => {
    const out = path.join(tempDir('peerdesk-demo-panel-'), 'demo');
    const demo = await runCli([
      'demo',
      '--out',
      out,
      '--simulate',
      '--panel',
      '--seed',
      'cli-panel',
      '--applications',
      '8',
      '--reviewers',
      '10',
    ]);
    // Progress goes to stderr; a refusal would be its last line.
    expect(demo.code, demo.err.slice(-400)).toBe(EXIT_OK);
    const ballots = readdirSync(path.join(out, 'ballots'));
    expect(ballots.length).toBeGreaterThan(0);
    expect(ballots.every((name) => name.endsWith('.pdballot'))).toBe(true);

    const workspace = path.join(out, 'office.sqlite');
    const merged = await runCli(['merge', '--workspace', workspace, path.join(out, 'ballots'), '--json']);
    expect(merged.code).toBe(EXIT_OK);
    const tally = await runCli(['panel', 'tally', '--workspace', workspace, '--call', 'GXJQ2026', '--json']);
    expect(tally.code).toBe(EXIT_OK);
    const printed = JSON.parse(tally.out) as {
      applications: { present: number; finalMean: number | null }[];
    };
    expect(printed.applications.length).toBeGreaterThan(0);
    expect(printed.applications.some((row) => row.present > 0)).toBe(true);
  });
});
