import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { pdfText } from '../../test/support/pdf-text';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/connection';
import { seedDemoCall, DEMO_CALL_ID } from '../../test/support/db/results-demo';
import { auditRows } from '../../test/support/db/results-probe';
import { tempDir } from '../../test/temp';
import { loadCallInputs } from './call-inputs';
import { exportTables } from './export-tables';
import { exportResults } from './exports';
import { panelReportPdf } from './pdf-report';
import { buildView } from './view';
import { tablesToXlsx } from './xlsx-write';
import { hasUnsafeCharacter } from '../../test/support/results/unsafe-characters';

const created = new Date('2026-12-01T10:00:00.000Z');

function demoDb(): Db {
  const db = openDatabase(path.join(tempDir(), 'office.sqlite'), { create: true });
  seedDemoCall(db);
  return db;
}

describe('XLSX export', () => {
  it('drops NUL, other control characters and bidi overrides from text cells, headers and sheet names', async () => {
    const hostile = 'a\u0000b\u0007c\u001Bd\u202Ee\u2066f\u2069\u007F\u0085';
    const bytes = await tablesToXlsx(
      [
        {
          name: `Rank\u202E${'\u0001'}`,
          columns: [
            { header: `Head\u0000er`, kind: 'text' },
            { header: 'n', kind: 'integer' },
          ],
          rows: [
            [hostile, 1],
            ['line\nbreak\tand tab', 2],
          ],
        },
      ],
      { title: 'T', created },
    );
    const files = unzipSync(bytes);
    for (const [name, content] of Object.entries(files))
      if (name.endsWith('.xml')) expect(hasUnsafeCharacter(strFromU8(content))).toBe(false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Rank');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Header');
    expect(sheet?.getRow(2).getCell(1).value).toBe('abcdef');
    expect(sheet?.getRow(3).getCell(1).value).toBe('line\nbreak\tand tab');
  });

  it('has the four sheets, keeps Chinese text and numbers, and never writes a formula', async () => {
    const db = demoDb();
    const inputs = loadCallInputs(db, DEMO_CALL_ID);
    const tables = exportTables(buildView(db, DEMO_CALL_ID), inputs, 'zh-CN');
    const bytes = await tablesToXlsx(tables, { title: 'JQ-2026', created });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['排序', '评审意见', '经费', '资助决定']);
    const ranking = workbook.getWorksheet('排序');
    expect(ranking?.getRow(1).getCell(2).value).toBe('申请编号');
    const titles: unknown[] = [];
    ranking?.eachRow((row, index) => {
      if (index > 1) titles.push(row.getCell(3).value);
    });
    expect(titles).toContain('面向西南喀斯特地区的石漠化生态修复机理研究');
    const formulaRow = ranking
      ?.getRows(2, 20)
      ?.find((row) => String(row.getCell(3).value).startsWith('=HYPERLINK'));
    const formulaCell = formulaRow?.getCell(3);
    expect(formulaCell?.type).toBe(ExcelJS.ValueType.String);
    expect(formulaCell?.value).toBe('=HYPERLINK("http://example.invalid","点此查看")');
    expect(formulaCell?.numFmt).toBe('@');
    // Requested amounts stay numbers.
    const budgets = workbook.getWorksheet('经费');
    expect(typeof budgets?.getRow(2).getCell(3).value).toBe('number');
    // No cell formula anywhere in the package.
    const files = unzipSync(bytes);
    const sheets = Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBe(4);
    for (const name of sheets) expect(strFromU8(files[name] as Uint8Array)).not.toMatch(/<f[ >]/);
    // Reviewer comments starting with + or - are text.
    const reviews = workbook.getWorksheet('评审意见');
    const headers = (reviews?.getRow(1).values ?? []) as unknown[];
    const weaknesses = headers.indexOf('主要不足');
    expect(weaknesses).toBeGreaterThan(0);
    const comments: unknown[] = [];
    reviews?.eachRow((row) => comments.push(row.getCell(weaknesses).value));
    expect(comments).toContain('-研究方案细节不足');
    db.close();
  });
});

describe('committee exports through exportResults', () => {
  it('writes CSV with a guarded formula title and an audit entry', async () => {
    const db = demoDb();
    const file = await exportResults(
      db,
      { callId: DEMO_CALL_ID, format: 'csv', table: 'ranking' },
      'en',
      created,
    );
    expect(file.fileName).toBe('JQ-2026-ranking.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text.startsWith('\uFEFFRank,Reference no.,Title')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""点此查看"")"`);
    expect(text).toContain(",'@admin,");
    expect(text.split('\r\n').length).toBe(12 + 2);
    expect(auditRows(db, 'results.export')).toMatchObject([{ details: { format: 'csv', table: 'ranking' } }]);
    db.close();
  });

  it('writes the panel report PDF in either language, Chinese titles included', async () => {
    const db = demoDb();
    const view = buildView(db, DEMO_CALL_ID);
    const chineseTitle = view.applications.find((a) => /[\u4e00-\u9fff]/.test(a.title))?.title;
    expect(chineseTitle).toBeDefined();
    const english = await pdfText(await panelReportPdf(view, created, 'en'), ' ');
    expect(english).toContain('Panel report');
    expect(english).toContain('JQ2026-001');
    expect(english).toContain('Long-read sequencing of mangrove');
    expect(english).toContain('2026 Distinguished Young Scholars (lump-sum pilot)');
    // Text extraction may break a wrapped title across lines: compare without white space.
    const flat = (text: string) => text.replace(/\s+/g, '');
    expect(flat(english)).toContain(flat(chineseTitle ?? '').slice(0, 6));
    const chinese = await pdfText(await panelReportPdf(view, created, 'zh-CN'), ' ');
    expect(chinese).toContain('评审会报告');
    expect(flat(chinese)).toContain(flat(view.call.title.zh));
    expect(chinese).toMatch(/第 1 页/);
    // Its time is written by the shared formatter, in UTC and marked so (not a raw ISO string).
    expect(english).toContain('Generated Dec 1, 2026, 10:00 (UTC)');
    db.close();
  });
});

describe('times in exports', () => {
  it('keeps decision times as ISO 8601 UTC in a column that says so, in both languages', async () => {
    const db = demoDb();
    const view = buildView(db, DEMO_CALL_ID);
    const inputs = loadCallInputs(db, DEMO_CALL_ID);
    for (const [language, header] of [
      ['en', 'Decided at (UTC, ISO 8601)'],
      ['zh-CN', '决定时间（UTC，ISO 8601）'],
    ] as const) {
      const decisions = exportTables(view, inputs, language).at(-1);
      const index = decisions?.columns.findIndex((column) => column.header === header) ?? -1;
      expect(index).toBeGreaterThanOrEqual(0);
      for (const row of decisions?.rows ?? []) {
        const value = row[index];
        if (value !== null) expect(String(value)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u);
      }
    }
    db.close();
  });
});
