import { describe, expect, it } from 'vitest';
import { expectOk, mergedDemo } from '../../test/support/dispatch';

describe('withdrawing an application', () => {
  it('takes it out of assignment, ranking and funding, with the reason in the audit log', async () => {
    const { dispatcher } = await mergedDemo(11, { applications: 16, reviewers: 8 });
    const call = (await expectOk(dispatcher, 'results.calls', {})).find(
      (entry) => entry.category === 'lump-sum',
    );
    if (!call) throw new Error('the demo has a lump-sum call');
    const before = await expectOk(dispatcher, 'results.rank', { callId: call.id, method: 'mean', seed: 'w' });
    const matrix = await expectOk(dispatcher, 'assignments.matrix', { callId: call.id });
    const target = matrix.assignments.find((pair) => pair.status === 'assigned')!.applicationId;
    expect(before.summary.applications.map((row) => row.application)).toContain(target);
    await expectOk(dispatcher, 'results.decide', {
      callId: call.id,
      decisions: [{ applicationId: target, outcome: 'fund', amount: 500_000, note: '' }],
    });

    const withdrawn = await expectOk(dispatcher, 'applications.withdraw', {
      applicationId: target,
      reason: '申请人书面申请撤回',
    });
    expect(withdrawn.releasedAssignments).toBeGreaterThan(0);
    expect(withdrawn.decisionRemoved).toBe(true);

    // Assignment: no pair of it is still assigned, and auto-assignment does not give it any.
    const assignedTo = async () =>
      (await expectOk(dispatcher, 'assignments.matrix', { callId: call.id })).assignments.filter(
        (pair) => pair.applicationId === target && pair.status === 'assigned',
      );
    expect(await assignedTo()).toEqual([]);
    await expectOk(dispatcher, 'assignments.auto', { callId: call.id, mode: 'fill-gaps' });
    expect(await assignedTo()).toEqual([]);
    // Ranking and funding.
    const after = await expectOk(dispatcher, 'results.rank', { callId: call.id, method: 'mean', seed: 'w' });
    expect(after.summary.applications.map((row) => row.application)).not.toContain(target);
    const view = await expectOk(dispatcher, 'results.view', { callId: call.id });
    expect(view.applications.find((row) => row.id === target)?.decision ?? null).toBeNull();
    // Audited with its reason; a second withdrawal is refused.
    const [entry] = await expectOk(dispatcher, 'audit.list', { area: 'applications' });
    expect(entry).toMatchObject({
      action: 'applications.withdraw',
      subject: target,
      details: { reason: '申请人书面申请撤回', decisionRemoved: true },
    });
    const again = await dispatcher.invoke(
      'applications.withdraw',
      { applicationId: target, reason: 'x' },
      { language: 'en' },
    );
    expect(again).toMatchObject({ ok: false, code: 'office.applications.errors.alreadyWithdrawn' });
  });
});
