import { describe, expect, it } from 'vitest';
import { conflictedPairs } from '../../db/repositories/conflicts';
import { officeKit } from '../../test/support/imports/office-kit';

async function setup() {
  const kit = await officeKit();
  const call = await kit.generalCall('N', [
    {
      ref: 'N-1',
      pi: '张伟',
      institution: '广西大学',
      email: 'zw@gxu.edu.cn',
      team: '王芳',
    },
    {
      ref: 'N-2',
      pi: '陈静',
      institution: '中山大学',
      email: 'chenjing@sysu.edu.cn',
      team: 'Maria Rossi (ETH Zurich)',
    },
    {
      ref: 'N-3',
      pi: '刘洋',
      institution: '浙江大学',
      email: 'liuyang@zju.edu.cn',
      team: '',
    },
  ]);
  const reviewers = {
    sameInstitution: await kit.reviewer('赵敏', 'zhaomin@gxu.edu.cn', 'Guangxi University'),
    collaborator: await kit.ok('reviewers.create', {
      name: '孙丽',
      email: 'sunli@pku.edu.cn',
      institution: '北京大学',
      expertise: [],
      languages: [],
      collaborators: ['Rossi, Maria'],
      maxLoad: 5,
    }),
    self: await kit.reviewer('Liu Yang', 'LiuYang@ZJU.edu.cn', 'Peking University'),
  };
  const ids = new Map(
    (await kit.ok('applications.list', { callId: 'N' })).rows.map((row) => [row.referenceNo, row.id]),
  );
  return { kit, call, reviewers, ids };
}

describe('conflicts', () => {
  it('are detected automatically as reviewers and applications arrive, each with its type', async () => {
    const { kit } = await setup();
    const list = await kit.ok('conflicts.list', { callId: 'N' });
    expect(list.map((row) => [row.referenceNo, row.reviewerName, row.type, row.source, row.reason])).toEqual([
      ['N-1', '赵敏', 'same-institution', 'auto', '广西大学 = Guangxi University'],
      ['N-2', '孙丽', 'collaborator', 'auto', 'Rossi, Maria'],
      ['N-3', 'Liu Yang', 'self', 'auto', 'liuyang@zju.edu.cn'],
    ]);
    expect(
      (await kit.ok('conflicts.list', { callId: 'N', type: 'self' })).map((row) => row.referenceNo),
    ).toEqual(['N-3']);
    expect(await kit.ok('conflicts.detect', { callId: 'N' })).toMatchObject({
      total: 3,
      added: 0,
      removed: 0,
      byType: { 'same-institution': 1, collaborator: 1, self: 1 },
      assignedConflicts: 0,
    });
  });

  it('follow reviewer edits: a fixed affiliation removes a conflict on the next detection', async () => {
    const { kit, reviewers } = await setup();
    await kit.ok('reviewers.update', {
      reviewerId: reviewers.sameInstitution.id,
      reviewer: { ...reviewers.sameInstitution, institution: '复旦大学' },
    });
    const list = await kit.ok('conflicts.list', { callId: 'N' });
    expect(list.map((row) => row.type)).toEqual(['collaborator', 'self']);
  });

  it('can be added by hand with a reason, are never assignable, and only hand-made ones can be removed', async () => {
    const { kit, call, reviewers, ids } = await setup();
    const added = await kit.ok('conflicts.add', {
      callId: 'N',
      applicationId: ids.get('N-1')!,
      reviewerId: reviewers.collaborator.id,
      reason: '曾为申请人的博士后合作导师',
    });
    expect(added).toMatchObject({ type: 'manual', source: 'officer', reason: '曾为申请人的博士后合作导师' });
    const db = kit.dispatcher.session.require('office').db;
    expect([...conflictedPairs(db, call.id)].sort()).toEqual(
      [
        `${ids.get('N-1')}:${reviewers.sameInstitution.id}`,
        `${ids.get('N-1')}:${reviewers.collaborator.id}`,
        `${ids.get('N-2')}:${reviewers.collaborator.id}`,
        `${ids.get('N-3')}:${reviewers.self.id}`,
      ].sort(),
    );
    expect(
      await kit.fail('conflicts.add', {
        callId: 'N',
        applicationId: ids.get('N-1')!,
        reviewerId: reviewers.self.id,
        reason: '   ',
      }),
    ).toMatchObject({ code: 'errors.invalidRequest' });
    expect(
      await kit.ok('conflicts.remove', { applicationId: ids.get('N-3')!, reviewerId: reviewers.self.id }),
    ).toEqual({ removed: false });
    expect(
      await kit.ok('conflicts.remove', {
        applicationId: ids.get('N-1')!,
        reviewerId: reviewers.collaborator.id,
      }),
    ).toEqual({ removed: true });
    expect(conflictedPairs(db, call.id).size).toBe(3);
    const detail = await kit.ok('applications.get', { applicationId: ids.get('N-3')! });
    expect(detail.conflicts).toEqual([
      { reviewerId: reviewers.self.id, reviewerName: 'Liu Yang', type: 'self', reason: 'liuyang@zju.edu.cn' },
    ]);
  });
});

describe('conflicts list order', () => {
  it('lists reviewers of an application by pinyin, not by code point', async () => {
    const kit = await officeKit();
    const call = await kit.generalCall('P', [
      {
        ref: 'P-1',
        pi: '王芳',
        institution: '广西大学',
        email: 'wf@gxu.edu.cn',
        team: '',
      },
    ]);
    for (const [name, email] of [
      ['张三', 'zs@gxu.edu.cn'],
      ['李四', 'ls@gxu.edu.cn'],
    ] as const)
      await kit.reviewer(name, email, '广西大学');
    await kit.ok('conflicts.detect', { callId: call.id });
    const list = await kit.ok('conflicts.list', { callId: 'P' });
    // 张 (U+5F20) sorts before 李 (U+674E) by code point; by pinyin li < zhang.
    expect(list.map((row) => row.reviewerName)).toEqual(['李四', '张三']);
  });
});
