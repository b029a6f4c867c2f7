import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseAibsJson, parseSnsfCsv } from '../../../test/support/ranking/external-data';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../main';
import { folderPerTest, officeWithDemoCall, runCli } from '../../../test/support/cli/run-cli';

const external = path.resolve(import.meta.dirname, '../../../test/fixtures/external');

function scoreCsv(rows: { application: string; reviewer: string; score: number | null }[]): string {
  const lines = rows.map((row) => `${row.application},${row.reviewer},${row.score ?? ''}`);
  return ['application,reviewer,score', ...lines].join('\n');
}

const SUMMARY_KEYS = ['method', 'n', 'fundingLine', 'rhatMax', 'applications'];
const APPLICATION_KEYS = [
  'application',
  'n',
  'mean',
  'rank',
  'er',
  'pcer',
  'sucra',
  'cri50',
  'cri90',
  'group',
];

interface Summary {
  method: string;
  n: number;
  fundingLine: number | null;
  rhatMax: number | null;
  applications: {
    application: string;
    n: number;
    mean: number;
    rank: number;
    er: number;
    pcer: number;
    sucra: number;
    cri50: [number, number];
    cri90: [number, number];
    group: string | null;
  }[];
}

function checkShape(summary: Summary): void {
  expect(Object.keys(summary)).toEqual(SUMMARY_KEYS);
  for (const application of summary.applications) {
    expect(Object.keys(application)).toEqual(APPLICATION_KEYS);
    expect(application.cri50[0]).toBeLessThanOrEqual(application.cri50[1]);
    expect(application.cri90[0]).toBeLessThanOrEqual(application.cri50[0]);
    expect(application.cri90[1]).toBeGreaterThanOrEqual(application.cri50[1]);
    expect(application.pcer).toBeCloseTo((100 * (application.er - 0.5)) / summary.n, 9);
  }
}

describe('peerdesk rank, lottery and export', () => {
  const dir = folderPerTest();

  it('ranks the AIBS panel from a score CSV: reversed scale, missing reviews as conflicts', async () => {
    const { rows } = parseAibsJson(readFileSync(path.join(external, 'aibs-panel/AIBS.json'), 'utf8'));
    const file = path.join(dir(), 'aibs.csv');
    writeFileSync(file, scoreCsv(rows));
    const missing = rows.filter((row) => row.score === null).length;
    expect(missing).toBeGreaterThan(0);

    const result = await runCli([
      'rank',
      '--scores',
      file,
      '--lower-is-better',
      '--method',
      'bayes',
      '--fundable',
      '6',
      '--seed',
      'aibs',
      '--json',
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(EXIT_OK);
    const summary = JSON.parse(result.out) as Summary;
    checkShape(summary);
    expect(summary).toMatchObject({ method: 'bayes', n: 28 });
    // n counts only the scores given: every conflict is missing, not a zero.
    const given = new Map<string, number>();
    for (const row of rows)
      if (row.score !== null) given.set(row.application, (given.get(row.application) ?? 0) + 1);
    for (const application of summary.applications)
      expect(application.n).toBe(given.get(application.application));
    expect(summary.applications.reduce((total, a) => total + a.n, 0)).toBe(rows.length - missing);
    // Lower is better: the best expected rank goes to an application with one of the lowest means.
    const best = [...summary.applications].sort((a, b) => a.er - b.er)[0];
    const means = summary.applications.map((a) => a.mean).sort((a, b) => a - b);
    expect(best?.mean).toBeLessThanOrEqual(means[4] as number);
    expect(summary.applications.every((a) => ['funded', 'lottery', 'rejected'].includes(a.group ?? ''))).toBe(
      true,
    );
    for (const application of summary.applications.filter((a) => a.group === 'funded')) {
      expect(application.cri50[1]).toBeLessThan(summary.fundingLine as number);
    }

    const again = await runCli([
      'rank',
      '--scores',
      file,
      '--lower-is-better',
      '--fundable',
      '6',
      '--seed',
      'aibs',
      '--json',
    ]);
    expect(JSON.parse(again.out)).toEqual(summary);
  });

  it('ranks SNSF mock panel p1 (num_grade, higher is better, 5 fundable)', async () => {
    const rows = parseSnsfCsv(
      readFileSync(path.join(external, 'snsf-erforresearch/mock_data_all_panels.csv'), 'utf8'),
    ).filter((row) => row.panel === 'p1');
    const file = path.join(dir(), 'p1.csv');
    writeFileSync(file, scoreCsv(rows));
    const result = await runCli([
      'rank',
      '--scores',
      file,
      '--higher-is-better',
      '--fundable',
      '5',
      '--json',
    ]);
    expect(result.code).toBe(EXIT_OK);
    const summary = JSON.parse(result.out) as Summary;
    checkShape(summary);
    expect(summary).toMatchObject({ method: 'bayes', n: 15 });
    expect(summary.rhatMax).toBeLessThan(1.05);
    const funded = summary.applications.filter((a) => a.group === 'funded');
    const lottery = summary.applications.filter((a) => a.group === 'lottery');
    expect(funded.length).toBeLessThanOrEqual(5);
    expect(funded.length + lottery.length).toBeGreaterThanOrEqual(5);
    for (const application of lottery) {
      expect(application.cri50[0]).toBeLessThanOrEqual(summary.fundingLine as number);
      expect(application.cri50[1]).toBeGreaterThanOrEqual(summary.fundingLine as number);
    }
    const ers = summary.applications.map((a) => a.er);
    expect(ers.reduce((t, e) => t + e, 0)).toBeCloseTo((15 * 16) / 2, 6);

    const human = await runCli([
      'rank',
      '--scores',
      file,
      '--higher-is-better',
      '--fundable',
      '5',
      '--lang',
      'zh-CN',
    ]);
    expect(human.out).toContain('贝叶斯模型（期望排名）');
    expect(human.out).toContain('随机遴选');
  });

  it('refuses bad flags and bad score tables', async () => {
    const file = path.join(dir(), 'bad.csv');
    writeFileSync(file, 'application,reviewer,score\nA,r1,five\n');
    expect((await runCli(['rank', '--scores', file])).code).toBe(EXIT_USAGE);
    expect((await runCli(['rank', '--scores', file, '--higher-is-better', '--lower-is-better'])).code).toBe(
      EXIT_USAGE,
    );
    expect((await runCli(['rank', '--scores', file, '--higher-is-better', '--method', 'best'])).code).toBe(
      EXIT_USAGE,
    );
    const refused = await runCli(['rank', '--scores', file, '--higher-is-better']);
    expect(refused.code).toBe(EXIT_REFUSED);
    expect(refused.err).toContain('Line 2 of the score table: “five” is not a number.');
  });

  it('ranks a workspace call, draws the lottery and writes the exports', async () => {
    const workspace = path.join(dir(), 'office.sqlite');
    await officeWithDemoCall(workspace);

    const ranked = await runCli([
      'rank',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--fundable',
      '5',
      '--seed',
      'lottery-test',
      '--iterations',
      '400',
      '--burn-in',
      '200',
      '--json',
    ]);
    expect(ranked.code).toBe(EXIT_OK);
    const summary = JSON.parse(ranked.out) as Summary;
    checkShape(summary);
    expect(summary.applications.some((a) => a.group === 'lottery')).toBe(true);

    const drawn = await runCli([
      'lottery',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--seed',
      '20261201',
    ]);
    expect(drawn.code).toBe(EXIT_OK);
    expect(drawn.out).toContain('Lottery drawn with seed 20261201');
    const twice = await runCli(['lottery', '--workspace', workspace, '--call', 'JQ-2026', '--seed', 'other']);
    expect(twice.code).toBe(EXIT_REFUSED);
    expect(twice.err).toContain('already been drawn');

    for (const format of ['xlsx', 'csv', 'pdf'] as const) {
      const out = path.join(dir(), `results.${format}`);
      const exported = await runCli([
        'export',
        '--workspace',
        workspace,
        '--call',
        'JQ-2026',
        '--format',
        format,
        '--out',
        out,
      ]);
      expect(exported.code).toBe(EXIT_OK);
      expect(existsSync(out)).toBe(true);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir(), 'results.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ranking',
      'Reviews',
      'Budgets',
      'Decisions',
    ]);
    const csv = readFileSync(path.join(dir(), 'results.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const pdf = await PDFDocument.load(readFileSync(path.join(dir(), 'results.pdf')));
    expect(pdf.getPageCount()).toBeGreaterThan(0);

    const again = await runCli([
      'export',
      '--workspace',
      workspace,
      '--call',
      'JQ-2026',
      '--format',
      'csv',
      '--out',
      path.join(dir(), 'results.csv'),
    ]);
    expect(again.code).toBe(EXIT_REFUSED);
    expect(again.err).toContain('already exists');
  });
});
