/**
 * The programme officer's setup day in a real Chromium against the browser shell: create an office
 * workspace, create a call from a template and look at its rubric, import applications from a CSV
 * with a bad row (reported, nothing written), then a good CSV with PDFs and an XLSX with Chinese
 * headers, import reviewers, see the conflicts and the integrity flags. Every screen is checked
 * with axe and photographed in zh-CN and en.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf } from '../shared/contract';
import type { Language } from '../shared/i18n/catalogs';
import { csvText, englishHeader, pdfBytes, xlsxBytes } from '../test/support/imports/office-kit';
import { seriousViolations } from './axe';
import { launchApp, type E2eApp } from './harness';
import { expectReadableLists } from './readable';

const row = (ref: string, overrides: Partial<Record<string, string>> = {}) => {
  const values = {
    title: `喀斯特石漠化区域生态修复的关键技术 ${ref}`,
    abstract:
      '面向广西喀斯特地区石漠化治理，研究植被恢复与土壤保持的关键技术。Karst rocky desertification restoration.',
    keywords: '石漠化；生态修复；karst',
    discipline: 'D0701',
    pi: '张伟',
    institution: '广西大学',
    email: `${ref.toLowerCase()}@gxu.edu.cn`,
    team: '李娜、Maria Rossi (ETH Zurich)',
    duration: '60',
    total: '2,000,000',
    lines:
      'WP1 野外监测/2026=600000; WP1 野外监测/2027=400000; WP2 模型与评估/2027=500000; WP2 模型与评估/2028=500000',
    ...overrides,
  };
  return [
    ref,
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
  ];
};

describe('office setup in a real browser', () => {
  let app: E2eApp;

  async function invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const result = await app.dispatcher.invoke(channel, request, { language: 'en' });
    if (!result.ok) throw new Error(`${channel}: ${result.message}`);
    return result.value;
  }

  /** Checks accessibility, then photographs the screen in both languages (ending in English). */
  async function photograph(name: string, zhHeading: string, enHeading: string) {
    const { page } = app;
    await app.switchLanguage('zh-CN');
    await page.getByRole('heading', { name: zhHeading }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await expectReadableLists(page, `${name} (zh-CN)`);
    await app.screenshot(name, 'zh-CN');
    await app.switchLanguage('en');
    await page.getByRole('heading', { name: enHeading }).first().waitFor();
    await expectReadableLists(page, `${name} (en)`);
    await app.screenshot(name, 'en');
  }

  const nav = (name: string) =>
    app.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name });
  const file = (name: string, bytes: Uint8Array, mimeType = 'text/csv') => ({
    name,
    mimeType,
    buffer: Buffer.from(bytes),
  });

  beforeAll(async () => {
    app = await launchApp({ language: 'en' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('creates a call from a template and shows its rubric', async () => {
    const { page } = app;
    await page.getByLabel('Workspace name').fill('广西科技厅 2026 Office');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await nav('Calls').click();
    await page.getByRole('button', { name: 'New call' }).click();
    await page.getByLabel('Rubric template').selectOption('jieqing-lump-sum');
    await expect(page.getByLabel('Category').inputValue()).resolves.toBe('lump-sum');
    await page.getByLabel('Code').fill('GX-JQ-2026');
    await page.getByLabel('Title (Chinese)').fill('2026 年度广西杰出青年科学基金');
    await page.getByLabel('Title (English)').fill('2026 Guangxi Distinguished Young Scholars');
    await page.getByLabel('Closes').fill('2026-03-31');
    await page.getByLabel('Budget envelope (CNY)').fill('12000000');
    await page.getByRole('button', { name: 'Create call' }).click();
    await page.getByText('Call GX-JQ-2026 was created.').waitFor();
    await page.getByRole('cell', { name: '12,000,000' }).waitFor();
    await photograph('office-calls', '项目指南', 'Calls');

    await page.getByRole('button', { name: 'Rubric' }).click();
    await page.getByRole('heading', { name: 'Rubric of GX-JQ-2026' }).waitFor();
    await expect(page.getByRole('group', { name: /Criterion 1: 学术成就与影响/ }).isVisible()).resolves.toBe(
      true,
    );
    await photograph('office-rubric-editor', 'GX-JQ-2026 的评审指标', 'Rubric of GX-JQ-2026');
    await page.getByRole('button', { name: 'Back' }).click();

    await page.getByRole('button', { name: 'New call' }).click();
    await page.getByLabel('Rubric template').selectOption('challenge');
    await page.getByLabel('Code').fill('GX-JB-2026');
    await page.getByLabel('Title (Chinese)').fill('2026 年度揭榜挂帅项目');
    await page.getByLabel('Title (English)').fill('2026 Challenge call');
    await page.getByRole('button', { name: 'Add challenge' }).click();
    await page.getByLabel('Title (Chinese)').nth(1).fill('甘蔗机械化收获关键装备');
    await page.getByLabel('Title (English)').nth(1).fill('Mechanised sugarcane harvesting');
    await page.getByLabel('Teams funded').fill('2');
    await page.getByRole('button', { name: 'Create call' }).click();
    await page.getByText('Call GX-JB-2026 was created.').waitFor();
    const calls = await invoke('calls.list', {});
    expect(
      calls.map((call) => [call.code, call.category, call.challenges.length, call.reviewersPerApplication]),
    ).toEqual([
      ['GX-JB-2026', 'challenge', 1, 5],
      ['GX-JQ-2026', 'lump-sum', 0, 5],
    ]);
  });

  it('reports a bad row without writing anything, then imports CSV with PDFs and XLSX', async () => {
    const { page } = app;
    await nav('Applications').click();
    await page
      .getByLabel('Call')
      .selectOption({ label: 'GX-JQ-2026 — 2026 Guangxi Distinguished Young Scholars' });
    await page.getByRole('button', { name: 'Import applications' }).click();
    const spreadsheet = page.getByLabel('Spreadsheet (CSV or .xlsx)');

    const bad = csvText([
      englishHeader,
      row('GX-001'),
      row('GX-002', { total: '两百万', lines: '' }),
      row('GX-003'),
    ]);
    await spreadsheet.setInputFiles(file('applications-bad.csv', new TextEncoder().encode(bad)));
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByText('1 error: nothing was written.').waitFor();
    await page.getByRole('cell', { name: '“两百万” is not an amount.' }).waitFor();
    // The valid rows can be imported alone, but only after a confirmation; cancelled, nothing moves.
    await page.getByRole('button', { name: 'Import the 2 valid rows…' }).click();
    await page
      .getByRole('alertdialog')
      .getByText('Import 2 valid rows and leave out 1 with errors?', { exact: false })
      .waitFor();
    await photograph('office-applications-import-report', '申请书', 'Applications');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    const jq = (await invoke('calls.list', {})).find((call) => call.code === 'GX-JQ-2026')!;
    expect((await invoke('applications.list', { callId: jq.id })).total).toBe(0);

    const good = csvText([
      englishHeader,
      row('GX-001'),
      row('GX-002', { pi: '陈静', institution: '中山大学', team: '' }),
    ]);
    await spreadsheet.setInputFiles(file('applications.csv', new TextEncoder().encode(`\uFEFF${good}`)));
    await page
      .getByLabel('PDF attachments (optional)')
      .setInputFiles([
        file('GX-001_申请书.pdf', await pdfBytes('GX-001 application'), 'application/pdf'),
        file('GX-002.pdf', await pdfBytes('GX-002 application'), 'application/pdf'),
      ]);
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByText('All 2 rows are valid.').waitFor();
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByText('2 rows imported.').waitFor();

    const chinese = [
      '申请编号',
      '项目名称',
      '摘要',
      '关键词',
      '学科',
      '项目负责人',
      '依托单位',
      '电子邮箱',
      '项目组成员',
      '研究期限（月）',
      '申请经费（万元）',
      '预算明细（万元）',
    ];
    const xlsx = await xlsxBytes([
      chinese,
      [
        'GX-003',
        '亚热带人工林碳汇计量方法',
        '建立桉树人工林碳汇的计量与监测方法。',
        '碳汇；桉树',
        'C1605',
        'Wei Zhang',
        'Guangxi University',
        'wz@gxu.edu.cn',
        '',
        36,
        150,
        '课题一/2026=80；课题一/2027=70',
      ],
      [
        'GX-004',
        '北部湾海洋牧场智能监测',
        '面向北部湾海洋牧场的水下智能监测网络。',
        '海洋牧场；物联网',
        'D0601',
        '黄丽',
        '北部湾大学',
        'huangli@bbgu.edu.cn',
        '刘洋',
        48,
        180,
        '',
      ],
    ]);
    await spreadsheet.setInputFiles(
      file('申请书.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    );
    await page.getByLabel('PDF attachments (optional)').setInputFiles([]);
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByText('2 rows imported.').waitFor();
    await page.getByRole('button', { name: 'Close import' }).click();

    await page.getByRole('status').filter({ hasText: '4 of 4' }).waitFor();
    await page.getByPlaceholder('Search titles, abstracts and keywords…').fill('碳汇');
    await page.getByRole('status').filter({ hasText: '1 of 1' }).waitFor();
    await page.getByPlaceholder('Search titles, abstracts and keywords…').fill('');
    await page.getByRole('status').filter({ hasText: '4 of 4' }).waitFor();
    await photograph('office-applications', '申请书', 'Applications');

    await page.getByRole('button', { name: 'GX-001' }).click();
    await page.getByRole('heading', { name: /GX-001/ }).waitFor();
    await page.getByRole('cell', { name: 'GX-001_申请书.pdf' }).waitFor();
    await expect(page.locator('.budget-table tfoot td').last().textContent()).resolves.toBe('2,000,000');
    await photograph('office-application-detail', '经费预算（包干）', 'Budget (lump sum)');

    // Correct the application: the form checks in words, the detail shows the result.
    await page.getByRole('button', { name: 'Edit…' }).click();
    await page.getByRole('textbox', { name: /^Institution/ }).fill('广西大学 林学院');
    await page.getByRole('checkbox', { name: 'Chinese' }).check();
    await page.getByRole('textbox', { name: /^Requested total \(yuan\)/ }).fill('两百万');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter the amount in yuan as a whole number.').waitFor();
    await photograph('office-application-edit', '修改申请书 GX-001', 'Correct application GX-001');
    await page.getByRole('textbox', { name: /^Requested total \(yuan\)/ }).fill('2,000,000');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Application saved: 2 fields changed.').waitFor();
    await page.getByRole('definition').filter({ hasText: '广西大学 林学院' }).waitFor();
    await photograph('office-application-edited', '经费预算（包干）', 'Budget (lump sum)');
    await page.getByRole('button', { name: /Back to the list/ }).click();

    const list = await invoke('applications.list', { callId: jq.id });
    expect(
      list.rows.map((entry) => [entry.referenceNo, entry.requestedTotal, entry.attachmentCount]),
    ).toEqual([
      ['GX-001', 2_000_000, 1],
      ['GX-002', 2_000_000, 1],
      ['GX-003', 1_500_000, 0],
      ['GX-004', 1_800_000, 0],
    ]);
  });

  it('imports reviewers, sees conflicts detected and the integrity list applied', async () => {
    const { page } = app;
    await nav('Reviewers').click();
    await page.getByRole('button', { name: 'Import reviewers' }).click();
    const reviewers = csvText([
      ['姓名', '电子邮箱', '工作单位', '研究方向', '评审语言', '合作者', '评审上限'],
      ['赵敏', 'zhaomin@gxu.edu.cn', '广西大学 林学院', '生态修复；碳汇', '中文', '', '8'],
      ['Maria Rossi', 'maria.rossi@ethz.ch', 'ETH Zurich', 'karst; ecology', 'English、中文', '', '6'],
      ['孙丽', 'sunli@pku.edu.cn', '北京大学', '海洋生态', '中文', '刘洋', '10'],
    ]);
    await page
      .getByLabel('Spreadsheet (CSV or .xlsx)')
      .setInputFiles(file('专家.csv', new TextEncoder().encode(reviewers)));
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByRole('button', { name: 'Import 3 rows' }).click();
    await page.getByText('3 rows imported.').waitFor();
    await page.getByRole('button', { name: 'Close import' }).click();
    await page.getByText('3 reviewers').waitFor();
    await photograph('office-reviewers', '评审专家', 'Reviewers');

    await nav('Conflicts').click();
    await page
      .getByLabel('Call')
      .selectOption({ label: 'GX-JQ-2026 — 2026 Guangxi Distinguished Young Scholars' });
    await page.getByText('4 conflicts').waitFor();
    const conflicts = page.locator('tbody tr');
    await expect(conflicts.allTextContents()).resolves.toEqual([
      // Reviewers of one application sorted with the zh-CN collator, which puts Han names (in
      // pinyin order) before Latin ones.
      expect.stringMatching(/GX-001.*赵敏.*Same institution/),
      expect.stringMatching(/GX-001.*Maria Rossi.*Applicant or team member/),
      expect.stringMatching(/GX-003.*赵敏.*Same institution/),
      expect.stringMatching(/GX-004.*孙丽.*Collaborator/),
    ]);
    await photograph('office-conflicts', '回避', 'Conflicts');

    // Waive one detected conflict with a reason, see it marked, then undo the waiver.
    await page
      .locator('tbody tr')
      .filter({ hasText: 'GX-003' })
      .getByRole('button', { name: 'Waive' })
      .click();
    const waive = page.getByRole('group', { name: 'Waive the conflict between GX-003 and 赵敏' });
    await expect(waive.getByRole('button', { name: 'Waive conflict' }).isDisabled()).resolves.toBe(true);
    await waive
      .getByRole('textbox', { name: /Reason for the waiver/ })
      .fill('林学院与申请人所在学院无合作关系');
    await photograph('office-conflicts-waive', '回避', 'Conflicts');
    await waive.getByRole('button', { name: 'Waive conflict' }).click();
    await page.getByText('Conflict between GX-003 and 赵敏 waived.').waitFor();
    await page
      .locator('tbody tr')
      .filter({ hasText: 'GX-003' })
      .getByText('waived', { exact: true })
      .waitFor();
    await photograph('office-conflicts-waived', '回避', 'Conflicts');
    await page
      .locator('tbody tr')
      .filter({ hasText: 'GX-003' })
      .getByRole('button', { name: 'Undo waiver' })
      .click();
    await page.getByText('Waiver undone: GX-003 and 赵敏 are conflicted again.').waitFor();

    await nav('Integrity list').click();
    await page.getByRole('button', { name: 'Import list' }).click();
    const integrity = csvText([
      ['类型', '名称', '所在单位', '开始日期', '结束日期', '来源', '原因'],
      ['个人', '陈 静', '中山大学', '2025-06-01', '2028-05-31', '科技部通报（2025）第 3 号', '伪造实验数据'],
    ]);
    await page
      .getByLabel('Spreadsheet (CSV or .xlsx)')
      .setInputFiles(file('诚信名单.csv', new TextEncoder().encode(integrity)));
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByRole('button', { name: 'Import 1 row' }).click();
    await page.getByText('1 row imported.').waitFor();
    await page.getByRole('button', { name: 'Close import' }).click();
    await page
      .getByLabel('Call')
      .selectOption({ label: 'GX-JQ-2026 — 2026 Guangxi Distinguished Young Scholars' });
    await page.getByRole('cell', { name: 'Applicant 陈 静 is on the list' }).waitFor();
    await photograph('office-integrity', '科研诚信名单', 'Integrity list');

    const jq = (await invoke('calls.list', {})).find((call) => call.code === 'GX-JQ-2026')!;
    const statuses = (await invoke('applications.list', { callId: jq.id })).rows.map((entry) => entry.status);
    expect(statuses).toEqual(['active', 'ineligible', 'active', 'active']);
  });

  it('keeps every visible string translated in both languages', async () => {
    const { page } = app;
    for (const language of ['zh-CN', 'en'] as Language[]) {
      await app.switchLanguage(language);
      for (const screen of language === 'en'
        ? ['Calls', 'Applications', 'Reviewers', 'Integrity list', 'Conflicts']
        : ['项目指南', '申请书', '评审专家', '科研诚信名单', '回避']) {
        await page.getByRole('navigation').getByRole('button', { name: screen, exact: true }).click();
        await page.getByRole('heading', { name: screen }).first().waitFor();
        // An untranslated key would show as its dotted path.
        await expect(page.locator('main').textContent()).resolves.not.toMatch(/office\.[a-z]+\.[a-zA-Z]/);
      }
    }
  });
});
