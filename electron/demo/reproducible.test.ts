import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoResult } from '../../shared/contract/demo';
import { seededByteSource } from '../../shared/random';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import { callThrough } from '../core/call';

/**
 * Runs `peerdesk demo --seed S --simulate` in a fresh app whose own clock and random source are
 * `day` and `entropy` (standing for the day it runs and the machine's randomness), merges the
 * simulated bundles and ranks the lump-sum call by its envelope.
 */
async function demoOn(day: string, entropy: string) {
  const dataDir = tempDir();
  const app = createApp(
    testServices(dataDir, { now: () => new Date(day), randomBytes: seededByteSource(entropy) }),
  );
  const call = callThrough(app, { language: 'en' });
  const demo: DemoResult = await call('demo.run', {
    outDir: path.join(dataDir, 'demo'),
    applications: 10,
    reviewers: 6,
    perApplication: 2,
    seed: 'same-seed',
    simulate: true,
  });
  await call('merge.importFiles', { paths: [demo.simulation?.bundlesDir ?? ''] });
  const calls = await call('results.calls', {});
  const lumpSum = calls.find((summary) => summary.code === 'GXJQ2026');
  if (!lumpSum) throw new Error('the lump-sum call is missing');
  const applications = await call('applications.list', { callId: lumpSum.id });
  const ranked = await call('results.rank', { callId: lumpSum.id, envelope: lumpSum.envelope ?? 0 });
  return { workspace: demo.workspace, applications: applications.rows, ranking: ranked.summary };
}

describe('the demo is reproducible', () => {
  it('gives the same office, reviews and ranking for one seed, whatever the day and the machine', async () => {
    const first = await demoOn('2026-11-27T09:00:00.000Z', 'machine-a');
    const second = await demoOn('2031-01-01T00:00:00.000Z', 'machine-b');
    expect(first.applications.length).toBeGreaterThan(0);
    expect(first.ranking.applications.length).toBe(first.applications.length);
    expect(second.workspace.id).toBe(first.workspace.id);
    expect(second.workspace.createdAt).toBe(first.workspace.createdAt);
    expect(second.applications).toEqual(first.applications);
    expect(second.ranking).toEqual(first.ranking);
  });
});
