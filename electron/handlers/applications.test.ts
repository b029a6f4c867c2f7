import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApplicationImportReport } from '../../shared/contract/applications';
import { sha256Hex } from '../crypto/hash';
import {
  chineseHeader,
  csvText,
  englishHeader,
  officeKit,
  pdfBytes,
  utf8,
  xlsxBytes,
  type OfficeKit,
} from '../../test/support/imports/office-kit';

/** Characters XML 1.0 allows (tab, line breaks, and everything from space up except U+FFFE/U+FFFF). */
const xmlAllows = (code: number) =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);

const problems = (report: ApplicationImportReport) =>
  report.issues.map((issue) => `${issue.row}|${issue.column}|${issue.problem.key.split('.').pop()}`);

const row = (ref: string, overrides: Partial<Record<string, string>> = {}) => {
  const values: Record<string, string> = {
    ref,
    title: `基于深度学习的水稻病害识别 ${ref}`,
    abstract: 'We study rice disease recognition with deep learning on drone imagery.',
    keywords: '深度学习；水稻, remote sensing',
    discipline: 'F0601',
    pi: '张伟',
    institution: '广西大学',
    email: `${ref.toLowerCase()}@gxu.edu.cn`,
    team: '李娜、Maria Rossi (ETH Zurich)',
    duration: '36',
    total: '1,200,000',
    lines: 'WP1/2026=700000; WP2/2027=500000',
    ...overrides,
  };
  return [
    values.ref,
    values.title,
    values.abstract,
    values.keywords,
    values.discipline,
    values.pi,
    values.institution,
    values.email,
    values.team,
    values.duration,
    values.total,
    values.lines,
  ] as string[];
};

async function callWith(kit: OfficeKit, code = 'JQ-2026') {
  return kit.ok('calls.create', {
    template: 'jieqing-lump-sum',
    code,
    title: { zh: '杰青', en: 'Young scholars' },
  });
}

const csvFile = (rows: string[][], name = 'applications.csv') => ({ name, bytes: utf8(csvText(rows)) });

describe('applications import', () => {
  it('imports a CSV with English headers in one go and reads every field back', async () => {
    const kit = await officeKit();
    await callWith(kit);
    const report = await kit.ok('applications.import', {
      callId: 'JQ-2026',
      file: csvFile([englishHeader, row('GX-001'), row('GX-002', { lines: '', total: '800000' })]),
    });
    expect(report).toMatchObject({ committed: true, rows: 2, valid: 2, imported: 2, errors: 0 });
    const list = await kit.ok('applications.list', { callId: 'JQ-2026' });
    expect(list.rows.map((entry) => entry.referenceNo)).toEqual(['GX-001', 'GX-002']);
    const detail = await kit.ok('applications.get', { applicationId: list.rows[0]!.id });
    expect(detail).toMatchObject({
      referenceNo: 'GX-001',
      keywords: ['深度学习', '水稻', 'remote sensing'],
      team: ['李娜', 'Maria Rossi (ETH Zurich)'],
      durationMonths: 36,
      requestedTotal: 1_200_000,
      budgetLines: [
        { workPackage: 'WP1', year: 2026, amount: 700_000 },
        { workPackage: 'WP2', year: 2027, amount: 500_000 },
      ],
      status: 'active',
    });
    const audit = await kit.ok('audit.list', {});
    expect(audit[0]).toMatchObject({ action: 'applications.import', subject: 'JQ-2026' });
  });

  it('imports an XLSX with Chinese headers, scaling 万元 columns to yuan', async () => {
    const kit = await officeKit();
    await callWith(kit);
    const bytes = await xlsxBytes([
      chineseHeader,
      row('GX-101', { total: '120', lines: 'WP1/2026=70；WP2/2027=50' }),
      row('GX-102', { total: '80.5', lines: '', duration: '24' }),
    ]);
    const report = await kit.ok('applications.import', {
      callId: 'JQ-2026',
      file: { name: '申请书.xlsx', bytes },
    });
    expect(report).toMatchObject({ committed: true, imported: 2, errors: 0 });
    const list = await kit.ok('applications.list', { callId: 'JQ-2026', sort: 'requestedTotal' });
    expect(list.rows.map((entry) => [entry.referenceNo, entry.requestedTotal])).toEqual([
      ['GX-102', 805_000],
      ['GX-101', 1_200_000],
    ]);
  });

  it('reads numbers typed as numbers in a workbook', async () => {
    const kit = await officeKit();
    await callWith(kit);
    const header = ['申请编号', '项目名称', '项目负责人', '依托单位', '申请经费（元）', '研究期限（年）'];
    const bytes = await xlsxBytes([header, ['GX-201', '题目', '王芳', '广西大学', 1500000, 3]]);
    await kit.ok('applications.import', { callId: 'JQ-2026', file: { name: 'a.xlsx', bytes } });
    const [only] = (await kit.ok('applications.list', { callId: 'JQ-2026' })).rows;
    const detail = await kit.ok('applications.get', { applicationId: only!.id });
    expect(detail).toMatchObject({ requestedTotal: 1_500_000, durationMonths: 36 });
  });

  it('reports wrong headers and writes nothing', async () => {
    const kit = await officeKit();
    await callWith(kit);
    const report = await kit.ok('applications.import', {
      callId: 'JQ-2026',
      file: csvFile([
        ['Ref', 'Name of project', 'Money', 'Title'],
        ['GX-1', 'x', '1', 'y'],
      ]),
    });
    expect(report.committed).toBe(false);
    expect(problems(report)).toEqual([
      '1|Ref|unknownColumn',
      '1|Name of project|unknownColumn',
      '1|Money|unknownColumn',
      '1||missingColumn',
      '1||missingColumn',
      '1||missingColumn',
      '1||missingColumn',
    ]);
    expect(report.issues[3]?.problem.params).toEqual({ expected: '申请编号 / Reference No.' });
    expect((await kit.ok('applications.list', { callId: 'JQ-2026' })).total).toBe(0);
  });

  it('reports bad numbers, blanks, bad e-mails and budget mismatches row by row, and writes nothing', async () => {
    const kit = await officeKit();
    await callWith(kit);
    const report = await kit.ok('applications.import', {
      callId: 'JQ-2026',
      file: csvFile([
        englishHeader,
        row('GX-001'),
        row('GX-002', { total: '一百万', lines: '' }),
        row('GX-003', { total: '-5', lines: '', duration: '0' }),
        row('GX-004', { title: '   ', email: 'not-an-email' }),
        row('GX-005', { lines: 'WP1/2026=1' }),
        row('', { lines: 'WP1 2026', email: 'x@gxu.edu.cn' }),
      ]),
    });
    expect(report).toMatchObject({ committed: false, rows: 6, valid: 1, imported: 0 });
    expect(problems(report)).toEqual([
      '3|Requested total (CNY)|notAnAmount',
      '4|Duration (months)|numberOutOfRange',
      '4|Requested total (CNY)|negativeAmount',
      '5|Title|required',
      '5|E-mail|badEmail',
      '6|Budget lines (CNY)|budgetSumMismatch',
      '7|Reference No.|required',
      '7|Budget lines (CNY)|badBudgetLine',
    ]);
    expect(report.issues.find((issue) => issue.row === 6)?.problem.params).toEqual({
      sum: 1,
      total: 1_200_000,
    });
    expect((await kit.ok('applications.list', { callId: 'JQ-2026' })).total).toBe(0);
  });

  it('reports duplicate reference numbers within the file and against the call', async () => {
    const kit = await officeKit();
    await callWith(kit);
    await kit.ok('applications.import', { callId: 'JQ-2026', file: csvFile([englishHeader, row('GX-001')]) });
    const report = await kit.ok('applications.import', {
      callId: 'JQ-2026',
      file: csvFile([englishHeader, row('GX-002'), row('GX-001'), row('GX-002')]),
    });
    expect(report.committed).toBe(false);
    expect(problems(report)).toEqual([
      '3|Reference No.|duplicateExisting',
      '4|Reference No.|duplicateInFile',
    ]);
    expect(report.issues[1]?.problem.params).toEqual({ value: 'GX-002', firstRow: 2 });
    expect((await kit.ok('applications.list', { callId: 'JQ-2026' })).total).toBe(1);
  });

  it('previews without writing, then commits the same file', async () => {
    const kit = await officeKit();
    await callWith(kit);
    const file = csvFile([englishHeader, row('GX-001'), row('GX-002')]);
    const preview = await kit.ok('applications.import', { callId: 'JQ-2026', file, dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, committed: false, valid: 2, imported: 0 });
    expect(preview.preview.map((draft) => draft.referenceNo)).toEqual(['GX-001', 'GX-002']);
    expect((await kit.ok('applications.list', { callId: 'JQ-2026' })).total).toBe(0);
    expect(await kit.ok('applications.import', { callId: 'JQ-2026', file })).toMatchObject({ imported: 2 });
  });

  it('keeps naughty strings intact through CSV and XLSX import and read-back', async () => {
    // Strings built here, plus the Big List of Naughty Strings.
    const fixture = path.resolve(
      import.meta.dirname,
      '../../test/fixtures/external/naughty-strings/blns.json',
    );
    const naughty = [
      '=HYPERLINK("http://x","点此")',
      '＝1+1',
      'nul\u0000 bell\u0007 escape\u001B',
      'invoice\u202Efdp.exe \u2066isolate\u2069',
      'say "hi", then\nnext line',
      '\uFEFFbom inside',
      '申请编号 ١٢٣ 𝕏 👩‍👩‍👧',
      ...(JSON.parse(readFileSync(fixture, 'utf8')) as string[]),
    ];
    const kit = await officeKit();
    await callWith(kit);
    const rows = naughty.map((text, index) =>
      text.trim() === ''
        ? row(`N-${index}`, { title: `blank ${index}`, abstract: text })
        : row(`N-${index}`, { title: text, abstract: text }),
    );
    const report = await kit.ok('applications.import', {
      callId: 'JQ-2026',
      file: csvFile([englishHeader, ...rows]),
    });
    expect(report).toMatchObject({ committed: true, imported: naughty.length, errors: 0 });
    const list = await kit.ok('applications.list', { callId: 'JQ-2026' });
    const byRef = new Map(list.rows.map((entry) => [entry.referenceNo, entry.id]));
    for (const [index, text] of naughty.entries()) {
      const detail = await kit.ok('applications.get', { applicationId: byRef.get(`N-${index}`)! });
      expect(detail.abstract).toBe(text);
      if (text.trim() !== '') expect(detail.title).toBe(text);
    }

    // XML 1.0 cannot carry C0 control characters or U+FFFE/U+FFFF, so no workbook holds them;
    // every other naughty string must survive one.
    const xmlSafe = naughty.filter(
      (text) => text.trim() !== '' && [...text].every((char) => xmlAllows(char.codePointAt(0) ?? 0)),
    );
    await kit.ok('calls.create', { template: 'nsfc', code: 'X', title: { zh: 'X', en: 'X' } });
    const bytes = await xlsxBytes([
      englishHeader,
      ...xmlSafe.map((text, index) => row(`X-${index}`, { title: text, abstract: text })),
    ]);
    expect(
      await kit.ok('applications.import', { callId: 'X', file: { name: 'n.xlsx', bytes } }),
    ).toMatchObject({
      imported: xmlSafe.length,
    });
    const xlsxRows = (await kit.ok('applications.list', { callId: 'X', limit: 50000 })).rows;
    const titles = new Map(xlsxRows.map((entry) => [entry.referenceNo, entry.title]));
    xmlSafe.forEach((text, index) => expect(titles.get(`X-${index}`)).toBe(text));
  });

  it('stores matched PDF attachments with their SHA-256 and refuses fakes', async () => {
    const kit = await officeKit();
    await callWith(kit);
    const folder = path.join(kit.dir, 'pdfs');
    mkdirSync(path.join(folder, 'GX-002'), { recursive: true });
    const first = await pdfBytes('GX-001 application');
    const second = await pdfBytes('GX-002 application');
    writeFileSync(path.join(folder, 'GX-001_申请书.pdf'), first);
    writeFileSync(path.join(folder, 'GX-002', 'proposal.pdf'), second);
    writeFileSync(path.join(folder, 'readme.txt'), 'hello');
    const csvPath = path.join(kit.dir, 'apps.csv');
    writeFileSync(csvPath, '\uFEFF' + csvText([englishHeader, row('GX-001'), row('GX-002')]));

    writeFileSync(path.join(folder, 'GX-001-budget.pdf'), 'this is not a PDF');
    const refused = await kit.ok('applications.import', {
      callId: 'JQ-2026',
      file: { path: csvPath },
      attachments: { folder },
    });
    expect(refused.committed).toBe(false);
    expect(
      refused.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.problem),
    ).toEqual([{ key: 'office.import.problems.notPdf', params: { file: 'GX-001-budget.pdf' } }]);
    expect((await kit.ok('applications.list', { callId: 'JQ-2026' })).total).toBe(0);

    writeFileSync(path.join(folder, 'GX-001-budget.pdf'), await pdfBytes('budget'));
    const report = await kit.ok('applications.import', {
      callId: 'JQ-2026',
      file: { path: csvPath },
      attachments: { folder },
    });
    expect(report).toMatchObject({ committed: true, attachments: { files: 4, matched: 3, stored: 3 } });
    const list = await kit.ok('applications.list', { callId: 'JQ-2026' });
    expect(list.rows.map((entry) => entry.attachmentCount)).toEqual([2, 1]);
    const detail = await kit.ok('applications.get', { applicationId: list.rows[1]!.id });
    expect(detail.attachments).toEqual([
      expect.objectContaining({ fileName: 'proposal.pdf', sha256: sha256Hex(second), size: second.length }),
    ]);
    const stored = await kit.ok('applications.attachment', { attachmentId: detail.attachments[0]!.id });
    expect(sha256Hex(stored.bytes)).toBe(sha256Hex(second));

    // Adding the same files again later stores nothing new.
    const again = await kit.ok('applications.importAttachments', {
      callId: 'JQ-2026',
      attachments: { folder },
    });
    expect(again).toMatchObject({ committed: false, attachments: { matched: 3, stored: 0 }, warnings: 4 });
  });

  it('reports progress and, when cancelled, writes nothing', async () => {
    const kit = await officeKit();
    await callWith(kit);
    const rows = Array.from({ length: 350 }, (_, index) => row(`GX-${String(index).padStart(4, '0')}`));
    const file = csvFile([englishHeader, ...rows]);
    const seen: number[] = [];
    const done = await kit.dispatcher.invoke(
      'applications.import',
      { callId: 'JQ-2026', file, dryRun: true },
      { language: 'en', onProgress: (progress) => seen.push(progress.done) },
    );
    expect(done.ok).toBe(true);
    expect(seen).toEqual([0, 100, 200, 300, 350]);

    const controller = new AbortController();
    const cancelled = await kit.dispatcher.invoke(
      'applications.import',
      { callId: 'JQ-2026', file },
      {
        language: 'zh-CN',
        signal: controller.signal,
        onProgress: (progress) => progress.done >= 100 && controller.abort(),
      },
    );
    expect(cancelled).toMatchObject({ ok: false, code: 'errors.cancelled' });
    expect((await kit.ok('applications.list', { callId: 'JQ-2026' })).total).toBe(0);
  });

  it('requires a known challenge in challenge calls and keeps challenges in use', async () => {
    const kit = await officeKit();
    const call = await kit.ok('calls.create', {
      template: 'challenge',
      code: 'JB-2026',
      title: { zh: '揭榜挂帅', en: 'Challenge' },
      challenges: [
        { code: 'B1', title: { zh: '榜单一', en: 'One' }, description: '', awards: 1 },
        { code: 'B2', title: { zh: '榜单二', en: 'Two' }, description: '', awards: 2 },
      ],
    });
    const header = [...englishHeader, 'Challenge'];
    const report = await kit.ok('applications.import', {
      callId: call.id,
      file: csvFile([header, [...row('C-1'), 'B1'], [...row('C-2'), 'B9'], [...row('C-3'), '']]),
    });
    expect(problems(report)).toEqual(['3|Challenge|unknownChallenge', '4|Challenge|required']);
    await kit.ok('applications.import', { callId: call.id, file: csvFile([header, [...row('C-1'), 'B1']]) });
    const list = await kit.ok('applications.list', { callId: call.id, challengeCode: 'B1' });
    expect(list.rows.map((entry) => entry.challengeCode)).toEqual(['B1']);
    const refused = await kit.fail('calls.update', {
      callId: call.id,
      settings: {},
      challenges: [call.challenges[1]!],
    });
    expect(refused).toMatchObject({ code: 'office.calls.errors.challengeInUse', params: { code: 'B1' } });
  });
});

describe('applications table', () => {
  it('searches titles, abstracts and keywords in Chinese and English, filters and sorts', async () => {
    const kit = await officeKit();
    await callWith(kit);
    await kit.ok('applications.import', {
      callId: 'JQ-2026',
      file: csvFile([
        englishHeader,
        row('A-1', {
          title: '水稻病害的深度学习识别',
          abstract: 'Rice disease detection',
          keywords: '水稻',
          discipline: 'C13',
          total: '300',
          lines: '',
        }),
        row('A-2', {
          title: '喀斯特地区石漠化治理',
          abstract: 'Karst rocky desertification',
          keywords: 'ecology;GIS',
          discipline: 'D07',
          total: '200',
          lines: '',
        }),
        row('A-3', {
          title: 'Protein structure prediction',
          abstract: '蛋白质结构预测的新方法',
          keywords: 'AI',
          discipline: 'C13',
          total: '100',
          lines: '',
        }),
      ]),
    });
    const refs = async (request: Omit<Parameters<OfficeKit['ok']>[1], never> & object) =>
      (await kit.ok('applications.list', { callId: 'JQ-2026', ...request })).rows.map(
        (entry) => entry.referenceNo,
      );
    expect(await refs({ query: '深度学习' })).toEqual(['A-1']);
    expect(await refs({ query: '蛋白质结构' })).toEqual(['A-3']);
    expect(await refs({ query: 'rocky DESERT' })).toEqual(['A-2']);
    expect(await refs({ query: '水稻' })).toEqual(['A-1']);
    expect(await refs({ query: 'AI' })).toEqual(['A-3']);
    expect(await refs({ query: 'gis' })).toEqual(['A-2']);
    expect(await refs({ query: '石漠化 karst' })).toEqual(['A-2']);
    expect(await refs({ query: '"; DROP TABLE applications; --' })).toEqual([]);
    expect(await refs({ discipline: 'C13', sort: 'requestedTotal', descending: true })).toEqual([
      'A-1',
      'A-3',
    ]);
    const list = await kit.ok('applications.list', { callId: 'JQ-2026' });
    expect(list.disciplines).toEqual(['C13', 'D07']);
  });

  it('finds applications by reference number, PI, institution and team member, and sorts names by pinyin', async () => {
    const kit = await officeKit();
    await callWith(kit);
    const people = [
      { ref: 'GX-2026-010', pi: '张伟', institution: '广西大学', team: '李娜、Maria Rossi (ETH Zurich)' },
      { ref: 'GX-2026-002', pi: '王芳', institution: '桂林理工大学', team: '陈静' },
      { ref: 'GX-2026-003', pi: '李明', institution: '广西医科大学', team: '' },
      { ref: 'GX-2026-004', pi: '赵磊', institution: '南宁师范大学', team: '王小红' },
    ];
    await kit.ok('applications.import', {
      callId: 'JQ-2026',
      file: csvFile([
        englishHeader,
        ...people.map((person) =>
          row(person.ref, {
            title: `课题 ${person.ref}`,
            pi: person.pi,
            institution: person.institution,
            team: person.team,
            lines: '',
          }),
        ),
      ]),
    });
    const refs = async (request: Omit<Parameters<OfficeKit['ok']>[1], never> & object) =>
      (await kit.ok('applications.list', { callId: 'JQ-2026', ...request })).rows.map(
        (entry) => entry.referenceNo,
      );
    expect(await refs({ query: '广西大学' })).toEqual(['GX-2026-010']);
    expect(await refs({ query: '广西' })).toEqual(['GX-2026-003', 'GX-2026-010']);
    expect(await refs({ query: '张伟' })).toEqual(['GX-2026-010']);
    expect(await refs({ query: 'GX-2026-002' })).toEqual(['GX-2026-002']);
    expect(await refs({ query: 'gx-2026-00' })).toEqual(['GX-2026-002', 'GX-2026-003', 'GX-2026-004']);
    expect(await refs({ query: '陈静' })).toEqual(['GX-2026-002']);
    expect(await refs({ query: 'Rossi' })).toEqual(['GX-2026-010']);
    expect(await refs({ query: '王' })).toEqual(['GX-2026-002', 'GX-2026-004']);
    expect(await refs({ query: '100%' })).toEqual([]);
    // Pinyin: li < wang < zhang < zhao (code-point order would be 张 < 李 < 王 < 赵).
    expect(await refs({ sort: 'piName' })).toEqual([
      'GX-2026-003',
      'GX-2026-002',
      'GX-2026-010',
      'GX-2026-004',
    ]);
    expect(await refs({ sort: 'piName', descending: true, limit: 2 })).toEqual([
      'GX-2026-004',
      'GX-2026-010',
    ]);
    // Reference numbers sort naturally, and the total counts every match, not only the page.
    const page = await kit.ok('applications.list', { callId: 'JQ-2026', query: '大学', limit: 1 });
    expect(page.total).toBe(4);
    expect(page.rows.map((entry) => entry.referenceNo)).toEqual(['GX-2026-002']);
  });
});
