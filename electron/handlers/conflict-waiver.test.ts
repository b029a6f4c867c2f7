import { describe, expect, it } from 'vitest';
import { chineseHeader, officeKit } from '../../test/support/imports/office-kit';

/** 王芳's application at 广西大学, requesting 50 万元 under the Chinese header. */
const C_1 = { ref: 'C-1', title: '红树林修复', pi: '王芳', total: '50' };

describe('a waived conflict', () => {
  it('lets the pair be assigned, re-detection keeps the waiver, and undoing it blocks the pair again', async () => {
    const kit = await officeKit();
    const call = await kit.generalCall('C', [C_1], chineseHeader);
    const reviewer = await kit.reviewer('张三', 'zs@gxu.edu.cn', '广西大学');
    const [application] = (await kit.ok('applications.list', { callId: 'C' })).rows;
    const pair = { callId: call.id, applicationId: application!.id, reviewerId: reviewer.id };
    const conflict = {
      applicationId: pair.applicationId,
      reviewerId: pair.reviewerId,
      type: 'same-institution' as const,
    };

    expect((await kit.fail('assignments.set', { ...pair, assigned: true })).code).toBe(
      'assignment.errors.conflicted',
    );
    const waived = await kit.ok('conflicts.waive', { ...conflict, reason: '不同学院' });
    expect(waived.waiver).toEqual({ reason: '不同学院', waivedAt: '2026-11-27T09:00:00.000Z' });
    await kit.ok('conflicts.detect', { callId: call.id });
    expect((await kit.ok('conflicts.list', { callId: call.id }))[0]?.waiver?.reason).toBe('不同学院');
    expect((await kit.ok('assignments.set', { ...pair, assigned: true })).cell?.status).toBe('assigned');

    const reinstated = await kit.ok('conflicts.unwaive', conflict);
    expect(reinstated).toMatchObject({ waiver: null, assigned: true });
    expect((await kit.ok('conflicts.detect', { callId: call.id })).assignedConflicts).toBe(1);
    expect((await kit.fail('conflicts.unwaive', conflict)).code).toBe('office.conflicts.errors.notWaived');
  });

  it('is refused for a conflict the office added by hand', async () => {
    const kit = await officeKit();
    const call = await kit.generalCall('C', [C_1], chineseHeader);
    const reviewer = await kit.reviewer('陈静', 'cj@nnnu.edu.cn', '南宁师范大学');
    const [application] = (await kit.ok('applications.list', { callId: 'C' })).rows;
    await kit.ok('conflicts.add', {
      callId: call.id,
      applicationId: application!.id,
      reviewerId: reviewer.id,
      reason: '师生',
    });
    const refused = await kit.fail('conflicts.waive', {
      applicationId: application!.id,
      reviewerId: reviewer.id,
      type: 'manual',
      reason: '误加',
    });
    expect(refused.code).toBe('office.conflicts.errors.notWaivable');
  });
});
