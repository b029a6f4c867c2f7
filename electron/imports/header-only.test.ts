import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chineseHeader, csvText, officeKit, utf8 } from '../../test/support/imports/office-kit';

async function workbook(rows: readonly (readonly string[])[]): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow([...row]);
  return Uint8Array.from(new Uint8Array(await book.xlsx.writeBuffer()));
}

/** A header-only file and an empty one, as CSV and XLSX. */
async function headerOnlyAndEmpty(header: readonly string[]) {
  return [
    { name: 'header-only.xlsx', bytes: await workbook([header]) },
    { name: 'empty.xlsx', bytes: await workbook([]) },
    { name: 'header-only.csv', bytes: utf8(csvText([[...header]])) },
    { name: 'empty.csv', bytes: utf8('') },
  ];
}

const problems = (report: { issues: { row: number; problem: { key: string } }[] }) =>
  report.issues.map((issue) => `${issue.row}|${issue.problem.key.split('.').pop()}`);

describe('a header-only file is “no data rows”, the same as an empty file', () => {
  it('for applications', async () => {
    const kit = await officeKit();
    await kit.ok('calls.create', {
      template: 'jieqing-lump-sum',
      code: 'JQ',
      title: { zh: '杰青', en: 'JQ' },
    });
    for (const file of await headerOnlyAndEmpty(chineseHeader)) {
      const report = await kit.ok('applications.import', { callId: 'JQ', file });
      expect(problems(report), file.name).toEqual(['0|emptyFile']);
      expect(report, file.name).toMatchObject({ committed: false, rows: 0, valid: 0, imported: 0 });
    }
  });

  it('for the integrity list', async () => {
    const kit = await officeKit();
    for (const file of await headerOnlyAndEmpty(['类型', '名称', '来源'])) {
      const report = await kit.ok('integrity.import', { file });
      expect(problems(report), file.name).toEqual(['0|emptyFile']);
      expect(report, file.name).toMatchObject({ committed: false, rows: 0, valid: 0, imported: 0 });
    }
  });
});
