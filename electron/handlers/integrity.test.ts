import { describe, expect, it } from 'vitest';
import {
  applicationRow,
  csvText,
  englishHeader,
  officeKit,
  utf8,
  type OfficeKit,
} from '../../test/support/imports/office-kit';

async function callWithApplications(kit: OfficeKit, code: string, integrityMakesIneligible: boolean) {
  await kit.ok('calls.create', {
    template: 'nsfc',
    code,
    title: { zh: code, en: code },
    closesAt: '2026-03-31',
    integrityMakesIneligible,
  });
  await kit.ok('applications.import', {
    callId: code,
    file: {
      name: 'a.csv',
      bytes: utf8(
        csvText([
          englishHeader,
          applicationRow({ ref: `${code}-1`, pi: '张 伟', institution: '广西大学 农学院' }),
          applicationRow({ ref: `${code}-2`, pi: 'Wei Zhang', institution: 'Zhejiang University' }),
          applicationRow({ ref: `${code}-3`, pi: '刘洋', institution: '某某科技有限公司' }),
          applicationRow({ ref: `${code}-4`, pi: '陈静', institution: '中山大学', team: '王芳、李娜' }),
        ]),
      ),
    },
  });
}

const listCsv = csvText([
  ['类型', '名称', '所在单位', '开始日期', '结束日期', '来源', '原因'],
  ['个人', '张伟', 'Guangxi University', '2025-01-01', '2027-12-31', '省科技厅通报', '数据造假'],
  ['单位', '某某科技股份有限公司', '', '2026/1/1', '', '信用中国', '骗取财政资金'],
  ['person', '王芳', '', '2020-01-01', '2025-12-31', '旧通报', '已过期'],
  ['', '李娜', '', '', '', 'NSFC', '抄袭'],
]);

describe('integrity list', () => {
  it('imports the list, flags matching applications with the reason and makes them ineligible', async () => {
    const kit = await officeKit();
    await callWithApplications(kit, 'A', true);
    await callWithApplications(kit, 'B', false);
    const report = await kit.ok('integrity.import', { file: { name: '红黑榜.csv', bytes: utf8(listCsv) } });
    expect(report).toMatchObject({
      committed: true,
      imported: 4,
      errors: 0,
      match: { flagged: 6, ineligible: 3 },
    });

    const flags = await kit.ok('integrity.flags', { callId: 'A' });
    expect(
      flags.map((flag) => [flag.referenceNo, flag.matchedBy, flag.entryName, flag.entryReason, flag.status]),
    ).toEqual([
      ['A-1', 'pi', '张伟', '数据造假', 'ineligible'],
      ['A-3', 'institution', '某某科技股份有限公司', '骗取财政资金', 'ineligible'],
      ['A-4', 'team', '李娜', '抄袭', 'ineligible'],
    ]);
    // 张伟 at Zhejiang University is a namesake; 王芳's sanction ended before the call closed.
    const statuses = async (code: string) =>
      (await kit.ok('applications.list', { callId: code })).rows.map((row) => [
        row.referenceNo,
        row.status,
        row.flagCount,
      ]);
    expect(await statuses('A')).toEqual([
      ['A-1', 'ineligible', 1],
      ['A-2', 'active', 0],
      ['A-3', 'ineligible', 1],
      ['A-4', 'ineligible', 1],
    ]);
    expect(await statuses('B')).toEqual([
      ['B-1', 'active', 1],
      ['B-2', 'active', 0],
      ['B-3', 'active', 1],
      ['B-4', 'active', 1],
    ]);
    expect(await kit.ok('applications.list', { callId: 'B', flaggedOnly: true })).toMatchObject({ total: 3 });
  });

  it('restores an application when its entry is deleted or the call setting is turned off', async () => {
    const kit = await officeKit();
    await callWithApplications(kit, 'A', true);
    await kit.ok('integrity.import', { file: { name: 'l.csv', bytes: utf8(listCsv) } });
    const entries = await kit.ok('integrity.list', {});
    const company = entries.find((entry) => entry.kind === 'institution');
    expect(company).toMatchObject({ flagCount: 1, validFrom: '2026-01-01', validTo: null });
    await kit.ok('integrity.delete', { entryId: company!.id });
    const rows = (await kit.ok('applications.list', { callId: 'A' })).rows;
    expect(rows.find((row) => row.referenceNo === 'A-3')).toMatchObject({ status: 'active', flagCount: 0 });

    await kit.ok('calls.update', { callId: 'A', settings: { integrityMakesIneligible: false } });
    const after = (await kit.ok('applications.list', { callId: 'A' })).rows;
    expect(after.map((row) => row.status)).toEqual(['active', 'active', 'active', 'active']);
    expect(after.map((row) => row.flagCount)).toEqual([1, 0, 0, 1]);
  });

  it('flags applications imported after the list, and entries added by hand', async () => {
    const kit = await officeKit();
    await kit.ok('integrity.add', {
      kind: 'institution',
      name: '广西大学',
      institution: '',
      validFrom: null,
      validTo: null,
      source: 'test',
      reason: '通报批评',
    });
    await callWithApplications(kit, 'A', true);
    expect((await kit.ok('integrity.flags', { callId: 'A' })).map((flag) => flag.referenceNo)).toEqual([
      'A-1',
    ]);
    expect(await kit.ok('integrity.match', { callId: 'A' })).toEqual({ flagged: 1, ineligible: 1 });
  });

  it('reports bad dates, reversed periods and unknown kinds, writing nothing', async () => {
    const kit = await officeKit();
    const csv = csvText([
      ['Type', 'Name', 'Valid from', 'Valid to'],
      ['person', 'A', '2026-13-01', ''],
      ['group', 'B', '', ''],
      ['person', 'C', '2027-01-01', '2026-01-01'],
      ['person', '', '', ''],
    ]);
    const report = await kit.ok('integrity.import', { file: { name: 'x.csv', bytes: utf8(csv) } });
    expect(report.committed).toBe(false);
    expect(
      report.issues.map((issue) => `${issue.row}|${issue.column}|${issue.problem.key.split('.').pop()}`),
    ).toEqual(['2|Valid from|badDate', '3|Type|unknownKind', '4|Valid to|periodReversed', '5|Name|required']);
    expect(await kit.ok('integrity.list', {})).toEqual([]);
  });
});
