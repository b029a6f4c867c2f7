import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvText, officeKit, utf8 } from '../../test/support/imports/office-kit';

const HEADER = ['姓名', '电子邮箱', '工作单位', '研究方向', '评审语言', '评审上限'];
const DATA = [
  ['李娜', 'lina@zju.edu.cn', '浙江大学', '深度学习；遥感', '中文、英文', '8'],
  ['Maria Rossi', 'maria.rossi@ethz.ch', 'ETH Zurich', 'ecology', 'English', '6'],
];

/** A workbook as an officer's form comes: optional sheets before the data sheet. */
async function workbook(
  sheets: readonly { name: string; rows: readonly (readonly string[])[]; mergeTitle?: boolean }[],
): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = book.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow([...row]);
    if (sheet.mergeTitle) worksheet.mergeCells('A1:F1');
  }
  return Uint8Array.from(new Uint8Array(await book.xlsx.writeBuffer()));
}

const problems = (report: { issues: { row: number; problem: { key: string } }[] }) =>
  report.issues.map((issue) => `${issue.row}|${issue.problem.key.split('.').pop()}`);

describe('finding the header row of a Chinese Excel form', () => {
  it('skips a merged title row above the headers and says which row was used', async () => {
    const kit = await officeKit();
    const bytes = await workbook([
      { name: '专家名单', rows: [['2026年度评审专家推荐汇总表'], HEADER, ...DATA], mergeTitle: true },
    ]);
    const report = await kit.ok('reviewers.import', { file: { name: '专家.xlsx', bytes } });
    expect(problems(report)).toEqual([]);
    expect(report).toMatchObject({ committed: true, imported: 2, header: { sheet: '专家名单', row: 2 } });
  });

  it('skips an instructions sheet (填表说明) placed before the data', async () => {
    const kit = await officeKit();
    const bytes = await workbook([
      {
        name: '填表说明',
        rows: [['填表说明'], ['1. 姓名、电子邮箱为必填项。'], ['2. 评审语言填写“中文”或“英文”。']],
      },
      { name: '专家信息', rows: [['广西科技厅专家库'], [], HEADER, ...DATA], mergeTitle: true },
    ]);
    const report = await kit.ok('reviewers.import', { file: { name: '专家.xlsx', bytes } });
    expect(problems(report)).toEqual([]);
    expect(report).toMatchObject({ committed: true, imported: 2, header: { sheet: '专家信息', row: 3 } });
  });

  it('finds the header under a title row in a CSV too', async () => {
    const kit = await officeKit();
    const csv = csvText([['2026年度评审专家推荐汇总表', '', '', '', '', ''], HEADER, ...DATA]);
    const report = await kit.ok('reviewers.import', { file: { name: '专家.csv', bytes: utf8(csv) } });
    expect(problems(report)).toEqual([]);
    expect(report).toMatchObject({ committed: true, imported: 2, header: { sheet: null, row: 2 } });
  });

  it('calls a header-only file “no data rows”, as it does an empty one, in XLSX and CSV', async () => {
    const kit = await officeKit();
    const files = [
      { name: 'header-only.xlsx', bytes: await workbook([{ name: 'Sheet1', rows: [HEADER] }]) },
      { name: 'empty.xlsx', bytes: await workbook([{ name: 'Sheet1', rows: [] }]) },
      { name: 'header-only.csv', bytes: utf8(csvText([HEADER])) },
      { name: 'empty.csv', bytes: utf8('') },
    ];
    for (const file of files) {
      const report = await kit.ok('reviewers.import', { file });
      expect(problems(report), file.name).toEqual(['0|emptyFile']);
      expect(report, file.name).toMatchObject({ committed: false, rows: 0, valid: 0, imported: 0 });
    }
  });
});
