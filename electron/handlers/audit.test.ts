import { describe, expect, it } from 'vitest';
import { officeKit } from '../../test/support/imports/office-kit';

async function setup() {
  const kit = await officeKit();
  const call = await kit.generalCall('GX-N', [{ ref: 'N-7', title: '红树林修复', email: 'zw@gxu.edu.cn' }]);
  const [row] = (await kit.ok('applications.list', { callId: 'GX-N' })).rows;
  const reviewer = await kit.reviewer('陈静', 'chen@example.cn', '南宁师范大学');
  await kit.ok('conflicts.add', {
    callId: call.id,
    applicationId: row!.id,
    reviewerId: reviewer.id,
    reason: '同事',
  });
  await kit.ok('conflicts.remove', { applicationId: row!.id, reviewerId: reviewer.id });
  return { kit, call, applicationId: row!.id, reviewerId: reviewer.id };
}

describe('audit log', () => {
  it('names the subject of each entry in words instead of ids', async () => {
    const { kit, applicationId, reviewerId } = await setup();
    const [removal] = await kit.ok('audit.list', { area: 'conflicts' });
    expect(removal).toMatchObject({
      action: 'conflicts.remove',
      subject: `${applicationId}:${reviewerId}`,
      subjectLabel: 'N-7 · 陈静',
    });
  });

  it('filters by area and searches actions, subjects and what they name', async () => {
    const { kit } = await setup();
    const actions = async (request: { area?: string; query?: string }) =>
      (await kit.ok('audit.list', request)).map((entry) => entry.action);
    expect(await actions({ area: 'conflicts' })).toEqual(['conflicts.remove', 'conflicts.add']);
    expect(await actions({ area: 'applications' })).toEqual(['applications.import']);
    expect(await actions({ area: 'nothing' })).toEqual([]);
    // A reviewer's name finds the entries about them, including the conflict stored by ids.
    expect(await actions({ query: '陈静' })).toEqual([
      'conflicts.remove',
      'conflicts.add',
      'reviewers.create',
    ]);
    // A reference number finds the conflict whose subject is the application's id.
    expect(await actions({ query: 'n-7', area: 'conflicts' })).toEqual(['conflicts.remove', 'conflicts.add']);
    expect(await actions({ query: '100%_' })).toEqual([]);
  });
});
