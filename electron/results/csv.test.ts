import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardText, isFormulaLike } from '../../shared/tables/cell-guard';
import { readCsvRecords } from '../imports/csv';
import { formatNumber } from '../../shared/tables/csv-write';
import { tableToCsv } from './csv-write';
import type { ExportTable } from './export-tables';
import { parseScoreTable } from './scores-csv';
import { hasUnsafeCharacter } from '../../test/support/results/unsafe-characters';

/** Hostile cells built here, plus the Big List of Naughty Strings. */
const NAUGHTY_FIXTURE = path.resolve(
  import.meta.dirname,
  '../../test/fixtures/external/naughty-strings/blns.json',
);
const inlineNaughty = [
  '=HYPERLINK("http://x","点此")',
  '＝1+1',
  "\u0000=cmd|' /C calc'!A0",
  'invoice\u202Efdp.exe',
  '\u2066isolate\u2069 \u202Aembed\u202C \u202Bright\u202D',
  'bell\u0007 vertical\u000B form\u000C escape\u001B del\u007F c1\u0085',
  'tab\tin, "quotes"\r\nand lines',
  '\uFFFE\uFFFF',
  '申请编号 ١٢٣ 𝕏',
];
const naughty = [...inlineNaughty, ...(JSON.parse(readFileSync(NAUGHTY_FIXTURE, 'utf8')) as string[])];

function table(rows: (string | number | null)[][]): ExportTable {
  return {
    id: 'ranking',
    name: 'Ranking',
    columns: [
      { header: '申请编号', kind: 'text' },
      { header: 'Mean, overall', kind: 'decimal' },
    ],
    rows,
  };
}

describe('CSV export', () => {
  it('is UTF-8 with a byte-order mark and CRLF line ends, quoting per RFC 4180', () => {
    const bytes = tableToCsv(
      table([
        ['含,逗号', 4.5],
        ['say "hi"\nnext', null],
        ['平凡', 3],
      ]),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe('\uFEFF申请编号,"Mean, overall"\r\n"含,逗号",4.5\r\n"say ""hi""\nnext",\r\n平凡,3\r\n');
  });

  it('guards every text cell a spreadsheet could read as a formula, never numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) {
      expect(isFormulaLike(`${start}1+1`)).toBe(true);
      expect(guardText(`${start}cmd|' /C calc'!A0`)).toBe(`'${start}cmd|' /C calc'!A0`);
    }
    expect(guardText('1+1')).toBe('1+1');
    expect(guardText('正常文本 =1')).toBe('正常文本 =1');
    const text = new TextDecoder().decode(
      tableToCsv(
        table([
          ['=HYPERLINK("http://x","点此")', -2.5],
          ['@SUM(A1)', 1],
          ['-1', 0],
        ]),
      ),
    );
    expect(text).toContain('"\'=HYPERLINK(""http://x"",""点此"")",-2.5\r\n');
    expect(text).toContain("'@SUM(A1),1\r\n");
    expect(text).toContain("'-1,0\r\n");
  });

  it('round-trips the naughty strings through the writer and the reader, guarded', () => {
    const rows = naughty.map((s) => [s, 1]);
    const parsed = readCsvRecords(new TextDecoder().decode(tableToCsv(table(rows))).slice(1), {
      delimiter: ',',
    });
    const body = parsed.slice(1).map((record) => record.cells[0]);
    expect(body).toEqual(naughty.map((s) => guardText(s)));
    for (const cell of body) {
      expect(isFormulaLike(cell ?? '')).toBe(false);
      expect(hasUnsafeCharacter(cell ?? '')).toBe(false);
    }
    expect(body.slice(0, 5)).toEqual([
      `'=HYPERLINK("http://x","点此")`,
      "'＝1+1",
      "'=cmd|' /C calc'!A0",
      'invoicefdp.exe',
      'isolate embed right',
    ]);
  });

  it('formats numbers plainly', () => {
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(2.123456)).toBe('2.1235');
    expect(formatNumber(-0.5)).toBe('-0.5');
  });
});

describe('score tables from elsewhere', () => {
  it('reads application,reviewer,score in any column order, empty score = missing', () => {
    const table = parseScoreTable(
      '\uFEFFReviewer,Score,Application\r\nr1,5,A\r\n\r\nr2,,A\r\n"r,3",2.5,"B ""x"""\r\n',
    );
    expect(table.rows).toEqual([
      { application: 'A', reviewer: 'r1', score: 5 },
      { application: 'A', reviewer: 'r2', score: null },
      { application: 'B "x"', reviewer: 'r,3', score: 2.5 },
    ]);
    expect(table.awards).toEqual({});
  });

  it('reads an optional award column, one amount per application', () => {
    const table = parseScoreTable('application,reviewer,score,award\nA,r1,5,100\nA,r2,4,100\nB,r1,3,\n');
    expect(table.awards).toEqual({ A: 100 });
    expect(() => parseScoreTable('application,reviewer,score,award\nA,r1,5,100\nA,r2,4,90\n')).toThrow(
      expect.objectContaining({ code: 'results.errors.csvAward', params: { line: 3, value: '90' } }),
    );
  });

  it('refuses what it cannot read, naming the line', () => {
    const refuse = (text: string) => {
      try {
        parseScoreTable(text);
      } catch (error) {
        return error;
      }
      return null;
    };
    expect(refuse('')).toMatchObject({ code: 'results.errors.csvEmpty' });
    expect(refuse('application,score\nA,1')).toMatchObject({
      code: 'results.errors.csvColumn',
      params: { column: 'reviewer' },
    });
    expect(refuse('application,reviewer,score\nA,r1,x')).toMatchObject({
      code: 'results.errors.csvScore',
      params: { line: 2 },
    });
    expect(refuse('application,reviewer,score\nA,,1')).toMatchObject({ code: 'results.errors.csvMissingId' });
    expect(refuse('application,reviewer,score\nA,r"1,1')).toMatchObject({
      code: 'results.errors.csvQuote',
      params: { line: 2 },
    });
    expect(refuse('application,reviewer,score\n"A,r1,1\n')).toMatchObject({
      code: 'results.errors.csvUnterminated',
      params: { line: 2 },
    });
    expect(refuse('application,reviewer,score\n')).toMatchObject({ code: 'results.errors.csvEmpty' });
  });
});
