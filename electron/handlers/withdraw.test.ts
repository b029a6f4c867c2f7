import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import type { Dispatcher } from '../core/registry';
import { seededByteSource } from '../../shared/random/bytes';

const en = { language: 'en' as const };

async function value<C extends ChannelName>(
  dispatcher: Dispatcher,
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const result = await dispatcher.invoke(channel, request, en);
  if (!result.ok) throw new Error(`${channel}: ${result.code} ${result.message}`);
  return result.value;
}

describe('withdrawing an application', () => {
  it('takes it out of assignment, ranking and funding, with the reason in the audit log', async () => {
    const dataDir = tempDir();
    const dispatcher = createApp(testServices(dataDir, { randomBytes: seededByteSource('withdraw') }));
    const demo = await value(dispatcher, 'demo.run', {
      outDir: path.join(dataDir, 'demo'),
      applications: 16,
      reviewers: 8,
      seed: 11,
      simulate: true,
    });
    await value(dispatcher, 'merge.importFiles', { paths: [demo.simulation?.bundlesDir ?? ''] });
    const call = (await value(dispatcher, 'results.calls', {})).find(
      (entry) => entry.category === 'lump-sum',
    );
    if (!call) throw new Error('the demo has a lump-sum call');
    const before = await value(dispatcher, 'results.rank', { callId: call.id, method: 'mean', seed: 'w' });
    const matrix = await value(dispatcher, 'assignments.matrix', { callId: call.id });
    const target = matrix.assignments.find((pair) => pair.status === 'assigned')!.applicationId;
    expect(before.summary.applications.map((row) => row.application)).toContain(target);
    await value(dispatcher, 'results.decide', {
      callId: call.id,
      decisions: [{ applicationId: target, outcome: 'fund', amount: 500_000, note: '' }],
    });

    const withdrawn = await value(dispatcher, 'applications.withdraw', {
      applicationId: target,
      reason: '申请人书面申请撤回',
    });
    expect(withdrawn.releasedAssignments).toBeGreaterThan(0);
    expect(withdrawn.decisionRemoved).toBe(true);

    // Assignment: no pair of it is still assigned, and auto-assignment does not give it any.
    const assignedTo = async () =>
      (await value(dispatcher, 'assignments.matrix', { callId: call.id })).assignments.filter(
        (pair) => pair.applicationId === target && pair.status === 'assigned',
      );
    expect(await assignedTo()).toEqual([]);
    await value(dispatcher, 'assignments.auto', { callId: call.id, mode: 'fill-gaps' });
    expect(await assignedTo()).toEqual([]);
    // Ranking and funding.
    const after = await value(dispatcher, 'results.rank', { callId: call.id, method: 'mean', seed: 'w' });
    expect(after.summary.applications.map((row) => row.application)).not.toContain(target);
    const view = await value(dispatcher, 'results.view', { callId: call.id });
    expect(view.applications.find((row) => row.id === target)?.decision ?? null).toBeNull();
    // Audited with its reason; a second withdrawal is refused.
    const [entry] = await value(dispatcher, 'audit.list', { area: 'applications' });
    expect(entry).toMatchObject({
      action: 'applications.withdraw',
      subject: target,
      details: { reason: '申请人书面申请撤回', decisionRemoved: true },
    });
    const again = await dispatcher.invoke(
      'applications.withdraw',
      { applicationId: target, reason: 'x' },
      en,
    );
    expect(again).toMatchObject({ ok: false, code: 'office.applications.errors.alreadyWithdrawn' });
  });
});
