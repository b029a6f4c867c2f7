import { describe, expect, it } from 'vitest';
import { csvText, englishHeader, officeKit, utf8, xlsxBytes } from '../../test/support/imports/office-kit';

const reviewer = {
  name: '李娜',
  email: 'lina@zju.edu.cn',
  institution: '浙江大学',
  expertise: ['深度学习', 'remote sensing'],
  languages: ['zh', 'en'],
  collaborators: [],
  maxLoad: 8,
};

describe('reviewers', () => {
  it('imports reviewers from a CSV with Chinese headers', async () => {
    const kit = await officeKit();
    const csv = csvText([
      ['姓名', '电子邮箱', '工作单位', '研究方向', '评审语言', '合作者', '评审上限'],
      ['李娜', 'lina@zju.edu.cn', '浙江大学', '深度学习；遥感', '中文、英文', '张伟（广西大学）', '8'],
      ['Maria Rossi', 'maria.rossi@ethz.ch', 'ETH Zurich', 'ecology, GIS', 'English', '', ''],
    ]);
    const report = await kit.ok('reviewers.import', { file: { name: '专家.csv', bytes: utf8(csv) } });
    expect(report).toMatchObject({ committed: true, imported: 2, errors: 0 });
    const list = await kit.ok('reviewers.list', {});
    expect(list).toEqual([
      expect.objectContaining({
        name: 'Maria Rossi',
        languages: ['en'],
        expertise: ['ecology', 'GIS'],
        maxLoad: 10,
        assigned: 0,
        enrolled: false,
      }),
      expect.objectContaining({
        name: '李娜',
        languages: ['zh', 'en'],
        expertise: ['深度学习', '遥感'],
        collaborators: ['张伟（广西大学）'],
        maxLoad: 8,
      }),
    ]);
  });

  it('imports an XLSX with English headers and reports duplicates, bad e-mails, bad loads and overlong cells', async () => {
    const kit = await officeKit();
    await kit.ok('reviewers.create', reviewer);
    const bytes = await xlsxBytes([
      ['Name', 'E-mail', 'Institution', 'Maximum load'],
      ['Wang Fang', 'wang@gxu.edu.cn', 'Guangxi University', 5],
      ['Li Na', 'LiNa@ZJU.edu.cn', 'Zhejiang University', 5],
      ['Wang Fang 2', 'WANG@gxu.edu.cn', '', 5],
      ['', 'nobody', '', 'many'],
      ['Zhou Lei', 'zhou@example.cn', '研究所'.repeat(200), 5],
    ]);
    const report = await kit.ok('reviewers.import', { file: { name: 'experts.xlsx', bytes } });
    expect(report.committed).toBe(false);
    expect(
      report.issues.map((issue) => `${issue.row}|${issue.column}|${issue.problem.key.split('.').pop()}`),
    ).toEqual([
      '3|E-mail|duplicateExisting',
      '4|E-mail|duplicateInFile',
      '5|Name|required',
      '5|E-mail|badEmail',
      '5|Maximum load|notAWholeNumber',
      '6|Institution|tooLong',
    ]);
    expect(await kit.ok('reviewers.list', {})).toHaveLength(1);
  });

  it('creates, edits and deletes a reviewer, refusing a taken e-mail', async () => {
    const kit = await officeKit();
    const created = await kit.ok('reviewers.create', reviewer);
    const other = await kit.ok('reviewers.create', { ...reviewer, name: '王芳', email: 'wang@gxu.edu.cn' });
    expect(await kit.fail('reviewers.create', { ...reviewer, email: 'LINA@zju.edu.cn' })).toMatchObject({
      code: 'office.reviewers.errors.emailTaken',
    });
    expect(
      await kit.fail('reviewers.update', {
        reviewerId: other.id,
        reviewer: { ...reviewer, email: 'lina@zju.edu.cn' },
      }),
    ).toMatchObject({ code: 'office.reviewers.errors.emailTaken' });
    const updated = await kit.ok('reviewers.update', {
      reviewerId: created.id,
      reviewer: { ...reviewer, maxLoad: 3, collaborators: ['Zhang Wei'] },
    });
    expect(updated).toMatchObject({ id: created.id, maxLoad: 3, collaborators: ['Zhang Wei'] });
    expect(await kit.ok('reviewers.delete', { reviewerId: created.id })).toEqual({ deleted: true });
    expect((await kit.ok('reviewers.list', {})).map((entry) => entry.name)).toEqual(['王芳']);
    expect(await kit.fail('reviewers.delete', { reviewerId: created.id })).toMatchObject({
      code: 'office.reviewers.errors.notFound',
    });
  });

  it('keeps a reviewer who has assignments, and flags a conflict added on an assigned pair', async () => {
    const kit = await officeKit();
    await kit.ok('calls.create', { template: 'nsfc', code: 'N', title: { zh: '面上', en: 'General' } });
    const row = ['N-1', '题目', '', '', '', '张伟', '广西大学', '', '', '', '500000', ''];
    await kit.ok('applications.import', {
      callId: 'N',
      file: { name: 'a.csv', bytes: utf8(csvText([englishHeader, row])) },
    });
    const [application] = (await kit.ok('applications.list', { callId: 'N' })).rows;
    const created = await kit.ok('reviewers.create', reviewer);
    await kit.ok('assignments.set', {
      callId: 'N',
      applicationId: application!.id,
      reviewerId: created.id,
      assigned: true,
    });
    expect((await kit.ok('reviewers.list', {}))[0]).toMatchObject({ id: created.id, assigned: 1 });
    expect(await kit.fail('reviewers.delete', { reviewerId: created.id })).toMatchObject({
      code: 'office.reviewers.errors.hasWork',
      params: { name: '李娜' },
    });

    await kit.ok('conflicts.add', {
      callId: 'N',
      applicationId: application!.id,
      reviewerId: created.id,
      reason: '师生关系',
    });
    expect(await kit.ok('conflicts.list', { callId: 'N' })).toEqual([
      expect.objectContaining({ type: 'manual', assigned: true, reason: '师生关系' }),
    ]);
    expect(await kit.ok('conflicts.detect', { callId: 'N' })).toMatchObject({
      total: 1,
      assignedConflicts: 1,
    });
  });
});
