import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoResult } from '../../shared/contract/demo';
import { seededByteSource } from '../../shared/random';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import { callThrough } from '../core/call';
import { loadVerifySnapshot } from '../merge/snapshot';
import { verifyBallotBundle } from '../merge/verify-ballots';

/**
 * Runs `peerdesk demo --seed S --simulate --panel` in a fresh app whose clock and random source
 * stand for the day and the machine; reads every ballot bundle in DIR/ballots with the office's
 * key (before merging), then merges them and tallies each call.
 */
async function panelDemoOn(day: string, entropy: string) {
  const dataDir = tempDir();
  const services = testServices(dataDir, {
    now: () => new Date(day),
    randomBytes: seededByteSource(entropy),
  });
  const app = createApp(services);
  const call = callThrough(app, { language: 'en' });
  const demo: DemoResult = await call('demo.run', {
    outDir: path.join(dataDir, 'demo'),
    applications: 10,
    reviewers: 6,
    perApplication: 2,
    seed: 'same-seed',
    simulate: true,
    panel: true,
  });
  const ballotsDir = demo.panel?.ballotsDir ?? '';
  const snapshot = loadVerifySnapshot(app.session.require('office').db, {
    ...services,
    passphraseProtector: app.session.passphraseProtector ?? undefined,
  });
  const files = readdirSync(ballotsDir).sort();
  const ballots = [];
  for (const file of files) {
    const verified = await verifyBallotBundle(path.join(ballotsDir, file), snapshot);
    ballots.push({
      file,
      reviewerId: verified.reviewerId,
      callId: verified.callId,
      ballots: verified.ballots,
    });
  }
  const merged = await call('merge.importFiles', { paths: [ballotsDir] });
  const tallies = [];
  for (const summary of await call('results.calls', {})) {
    tallies.push(await call('panel.tally', { callId: summary.id }));
  }
  return { demo, ballots, merged: merged.reports.map((report) => report.status), tallies };
}

describe('the panel demo is reproducible', () => {
  it('writes the same ballots and gives the same tally for one seed, whatever the day and the machine', async () => {
    const first = await panelDemoOn('2026-11-27T09:00:00.000Z', 'machine-a');
    const second = await panelDemoOn('2031-01-01T00:00:00.000Z', 'machine-b');
    expect(first.demo.panel?.packages).toBeGreaterThan(0);
    expect(first.ballots.length).toBe(first.demo.panel?.ballots);
    expect(first.ballots.flatMap((bundle) => bundle.ballots).length).toBeGreaterThan(0);
    expect(first.merged.every((status) => status === 'applied')).toBe(true);
    expect(first.tallies.some((tally) => tally.applications.some((row) => row.present > 0))).toBe(true);
    expect(second.ballots).toEqual(first.ballots);
    expect(second.merged).toEqual(first.merged);
    expect(second.tallies).toEqual(first.tallies);
  }, 300_000);
});
