import { describe, expect, it } from 'vitest';
import { decodeText, readCsvRecords } from '../imports/csv';
import { chineseHeader, csvText, officeKit, utf8 } from '../../test/support/imports/office-kit';

const row = (ref: string, pi = '张伟', total = '50') => [
  ref,
  `喀斯特碳汇 ${ref}`,
  '',
  '',
  'D01',
  pi,
  '广西大学',
  '',
  '',
  '36',
  total,
  '',
];
const file = (rows: string[][], name = '申请书汇总.csv') => ({ name, bytes: utf8(csvText(rows)) });

describe('importing the valid rows of a file with bad rows', () => {
  it('writes nothing without the confirmation, then the valid rows and a report of the others in the officer’s language', async () => {
    const kit = await officeKit();
    await kit.ok('calls.create', {
      template: 'jieqing-lump-sum',
      code: 'JQ',
      title: { zh: '杰青', en: 'JQ' },
    });
    const rows = [chineseHeader, row('JQ-1'), row('JQ-2', ''), row('JQ-3'), row('JQ-4', '李娜', 'abc')];

    const plain = await kit.ok('applications.import', { callId: 'JQ', file: file(rows) });
    expect(plain).toMatchObject({
      committed: false,
      imported: 0,
      valid: 2,
      rejected: 2,
      canImportValidRows: true,
    });
    expect((await kit.ok('applications.list', { callId: 'JQ' })).total).toBe(0);

    const checked = await kit.ok('applications.import', {
      callId: 'JQ',
      file: file(rows),
      dryRun: true,
      importValidRows: true,
    });
    expect(checked).toMatchObject({ committed: false, imported: 0 });

    const result = await kit.dispatcher.invoke(
      'applications.import',
      { callId: 'JQ', file: file(rows), importValidRows: true },
      { language: 'zh-CN' },
    );
    if (!result.ok) throw new Error(result.message);
    const report = result.value;
    expect(report).toMatchObject({ committed: true, imported: 2, rejected: 2 });
    const list = await kit.ok('applications.list', { callId: 'JQ' });
    expect(list.rows.map((entry) => entry.referenceNo)).toEqual(['JQ-1', 'JQ-3']);
    const [audit] = await kit.ok('audit.list', { area: 'applications' });
    expect(audit).toMatchObject({
      action: 'applications.import',
      details: { applications: 2, rejectedRows: 2 },
    });

    const rejected = report.rejectedRowsFile;
    expect(rejected?.fileName).toBe('申请书汇总-未导入的行.csv');
    const records = readCsvRecords(decodeText(rejected?.bytes ?? new Uint8Array())).map(
      (record) => record.cells,
    );
    expect(records[0]).toEqual(['原文件行号', '出错的列', '需要修改的地方', ...chineseHeader]);
    expect(records.slice(1).map((cells) => cells.slice(0, 2))).toEqual([
      ['3', '项目负责人'],
      ['5', chineseHeader[10]],
    ]);
    expect(records[1]?.[2]).toMatch(/^项目负责人: /u);
    expect(records[2]?.slice(3)).toEqual(row('JQ-4', '李娜', 'abc'));

    // The officer fixes the rows in the report and imports that file as it is.
    const fixed = [records[0]!, ['3', '', '', ...row('JQ-2', '王芳')], ['5', '', '', ...row('JQ-4', '李娜')]];
    const again = await kit.ok('applications.import', {
      callId: 'JQ',
      file: file(fixed, rejected!.fileName),
    });
    expect(again).toMatchObject({
      committed: true,
      imported: 2,
      errors: 0,
      rejected: 0,
      rejectedRowsFile: null,
    });
    expect((await kit.ok('applications.list', { callId: 'JQ' })).total).toBe(4);
  });

  it('never imports part of a file whose header is at fault, even when asked', async () => {
    const kit = await officeKit();
    await kit.ok('calls.create', {
      template: 'jieqing-lump-sum',
      code: 'JQ',
      title: { zh: '杰青', en: 'JQ' },
    });
    const header = [...chineseHeader];
    header[11] = chineseHeader[10]!; // the amount column twice
    const report = await kit.ok('applications.import', {
      callId: 'JQ',
      file: file([header, row('JQ-1'), row('JQ-2', '')]),
      importValidRows: true,
    });
    expect(report).toMatchObject({ committed: false, imported: 0, canImportValidRows: false });
  });

  it('imports the valid reviewers alone on request', async () => {
    const kit = await officeKit();
    const header = ['姓名', '电子邮箱', '工作单位'];
    const report = await kit.ok('reviewers.import', {
      file: file([header, ['陈静', 'cj@nnnu.edu.cn', '南宁师范大学'], ['刘洋', 'not-an-email', '广西大学']]),
      importValidRows: true,
    });
    expect(report).toMatchObject({ committed: true, imported: 1, rejected: 1 });
    expect(report.rejectedRowsFile?.fileName).toBe('申请书汇总-rejected-rows.csv');
  });
});
