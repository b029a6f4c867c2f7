import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { pdfText } from '../test/support/pdf-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoOffice } from '../test/results-demo';
import { seriousViolations } from './axe';
import { launchApp, screenshotDir, type E2eApp } from './harness';
import { expectReadableLists } from './readable';

describe('results in a real browser', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await launchApp({ language: 'zh-CN' });
    await openDemoOffice(app.dispatcher, app.dataDir);
    await app.page.reload();
  });
  afterAll(async () => {
    await app.close();
  });

  const tab = (name: string) => app.page.getByRole('tab', { name, exact: true });
  const shoot = async (name: string) => {
    await expectReadableLists(app.page, `${name} (zh-CN)`);
    await app.screenshot(name, 'zh-CN');
    await app.switchLanguage('en');
    await expectReadableLists(app.page, `${name} (en)`);
    await app.screenshot(name, 'en');
    await app.switchLanguage('zh-CN');
  };

  it('ranks, moves the funding line by envelope, draws the lottery, decides and exports', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '评审结果', exact: true }).click();
    await page.getByRole('heading', { name: '评审结果与资助决定' }).waitFor();
    const form = page.getByRole('form', { name: '排序选项' });

    // Rank by envelope, then move the line by changing the envelope.
    await form.getByRole('combobox', { name: /^资助线/ }).selectOption('envelope');
    await form.getByLabel('经费总额（元）', { exact: true }).fill('5000000');
    await form.getByRole('button', { name: '排序', exact: true }).click();
    await page.getByText('经费总额 5,000,000 元').waitFor();
    const fundedAt5m = await page.locator('.results-row.group-funded').count();
    await form.getByLabel('经费总额（元）', { exact: true }).fill('9000000');
    await form.getByRole('button', { name: '排序', exact: true }).click();
    await page.getByText('经费总额 9,000,000 元').waitFor();
    const fundedAt9m = await page.locator('.results-row.group-funded').count();
    expect(fundedAt9m).toBeGreaterThan(fundedAt5m);

    // A line by number that falls where the intervals overlap gives a lottery group.
    await form.getByRole('combobox', { name: /^资助线/ }).selectOption('fundable');
    await form.getByLabel('资助数量', { exact: true }).fill('5');
    await form.getByLabel('随机种子', { exact: true }).fill('lottery-test');
    await form.getByRole('button', { name: '排序', exact: true }).click();
    await page.getByText('资助 5 项').waitFor();
    await expect(page.locator('.results-row.group-lottery').count()).resolves.toBeGreaterThan(0);
    await shoot('results-ranking');

    // A reference opens its reviews side by side, brought into view with focus on its heading.
    await page.locator('.results-row').first().getByRole('button').first().click();
    const comparison = page.getByRole('heading', { name: /的评审意见对照/ });
    await comparison.waitFor();
    await expect(comparison.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.getByRole('rowheader', { name: '综合得分' }).first().waitFor();
    // The panel scrolls smoothly into view: asked until the scroll has ended.
    await expect
      .poll(
        () =>
          comparison.evaluate((element) => {
            const box = element.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        { timeout: 5_000 },
      )
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await app.page.screenshot({ path: path.join(screenshotDir, 'results-comparison.viewport.zh-CN.png') });
    await shoot('results-comparison');
    await page.getByRole('button', { name: '关闭对照' }).click();

    await tab('期望排名图').click();
    await page.locator('.results-chart svg').first().waitFor();
    await shoot('results-caterpillar');
    await tab('得分分布').click();
    await page.locator('.results-chart svg').first().waitFor();
    await shoot('results-distribution');
    await tab('专家宽严度').click();
    await page.locator('.results-chart svg').first().waitFor();
    await shoot('results-leniency');
    await tab('意见分歧').click();
    await page.getByRole('list', { name: '专家意见分歧的申请书' }).waitFor();
    await shoot('results-disagreement');
    await tab('经费').click();
    await page.getByRole('columnheader', { name: '建议金额（中位数）' }).waitFor();
    await shoot('results-budget');

    await tab('随机遴选').click();
    await page.getByLabel('随机种子', { exact: true }).last().fill('2026-12-01 委员会现场');
    await page.getByRole('button', { name: '抽取…' }).click();
    await page.getByRole('button', { name: '确认抽取' }).click();
    await page.getByText('由项目主管输入').waitFor();
    await page.getByRole('button', { name: '根据记录重新运行' }).click();
    await page.getByText('重新运行结果一致。').waitFor();
    await shoot('results-lottery');

    await tab('资助决定').click();
    await page.getByRole('button', { name: '按排序结果填写' }).click();
    await page.getByRole('button', { name: /^保存 \d+ 项决定$/ }).click();
    await page.getByText('已承诺（资助）').waitFor();
    await page.getByText(/^已保存 \d+ 项决定：资助 \d+ 项/).waitFor();
    await expect(page.getByRole('button', { name: '保存 0 项决定' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: '保存 0 项决定' }).getAttribute('title')).resolves.toBe(
      '自上次保存以来没有修改任何决定。',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shoot('results-decisions');

    await tab('导出').click();
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 XLSX' }).click();
    const xlsxFile = path.join(app.dataDir, 'results.xlsx');
    await (await xlsxDownload).saveAs(xlsxFile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['排序', '评审意见', '经费', '资助决定']);
    expect(workbook.getWorksheet('资助决定')?.rowCount).toBeGreaterThan(1);

    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '保存为 PDF 文件' }).click();
    const savedPdf = path.join(app.dataDir, 'panel-report.pdf');
    await (await pdfDownload).saveAs(savedPdf);
    // Written in the language of the screen, Chinese included.
    expect((await pdfText(readFileSync(savedPdf))).normalize('NFKC')).toContain('评审会报告');
    await shoot('results-exports');

    // The bilingual panel report, printed to PDF by Chromium: Chinese text intact.
    await tab('评审会报告').click();
    await page.getByRole('article', { name: '评审会报告' }).waitFor();
    await shoot('results-report');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = (await pdfText(printed)).normalize('NFKC');
    expect(text).toContain('面向西南喀斯特地区的石漠化生态修复机理研究');
    expect(text).toContain('评审会报告');
    expect(text).not.toContain('排序选项');

    const audit = await app.dispatcher.invoke('audit.list', { limit: 200 }, { language: 'en' });
    const entries = (audit.ok ? audit.value : []) as { action: string }[];
    const actions = entries.map((entry) => entry.action);
    for (const action of ['results.rank', 'results.lottery.draw', 'results.decide', 'results.export']) {
      expect(actions).toContain(action);
    }
  });
});

describe('results on the demo office after merge, in a real browser', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await launchApp({ language: 'en' });
    const en = { language: 'en' as const };
    const demo = await app.dispatcher.invoke(
      'demo.run',
      { outDir: path.join(app.dataDir, 'demo'), applications: 36, reviewers: 14, seed: 7, simulate: true },
      en,
    );
    if (!demo.ok) throw new Error(demo.message);
    const bundlesDir = (demo.value as { simulation: { bundlesDir: string } }).simulation.bundlesDir;
    const merged = await app.dispatcher.invoke('merge.importFiles', { paths: [bundlesDir] }, en);
    if (!merged.ok) throw new Error(merged.message);
    await app.page.reload();
    // Builds, simulates and merges a whole demo office: minutes on a busy two-core machine.
  }, 360_000);
  afterAll(async () => {
    await app.close();
  });

  it('ranks the merged demo call by envelope, decides from the ranking and exports XLSX', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Results', exact: true }).click();
    await page.getByRole('heading', { name: 'Results and decisions' }).waitFor();
    const call = page.getByRole('combobox', { name: /^Call/ });
    const lumpSum = await call.locator('option').filter({ hasText: 'GXJQ2026' }).getAttribute('value');
    await call.selectOption(lumpSum ?? '');
    const form = page.getByRole('form', { name: 'Ranking options' });
    await form.getByRole('combobox', { name: /^Funding line/ }).selectOption('envelope');
    await form.getByRole('button', { name: 'Rank', exact: true }).click();
    await page
      .getByText(/envelope [0-9,]+ CNY/)
      .first()
      .waitFor();
    // The demo (one seed: the same office and scores on every run) sets the envelope at a fifth of
    // the lump-sum applications × 2 million yuan, and every request is 1–3 million: the envelope pays
    // for the first-ranked award and not for all, so the line falls inside the table. Whether the
    // applications above it are funded outright or drawn by lottery depends on how far apart their
    // intervals are, so the test counts both.
    const rows = await page.locator('.results-row').count();
    const reachable = await page.locator('.results-row.group-funded, .results-row.group-lottery').count();
    const rejected = await page.locator('.results-row.group-rejected').count();
    expect(reachable).toBeGreaterThan(0);
    expect(reachable + rejected).toBe(rows);
    await expectReadableLists(page, 'results-demo-ranking');
    await app.screenshot('results-demo-ranking', 'en');

    await page.getByRole('tab', { name: 'Decisions', exact: true }).click();
    await page.getByRole('button', { name: 'Fill in from the ranking' }).click();
    await page.getByRole('button', { name: /^Save \d+ decisions$/ }).click();
    await page.getByRole('button', { name: 'Save 0 decisions' }).waitFor();
    await expectReadableLists(page, 'results-demo-decisions');
    await app.screenshot('results-demo-decisions', 'en');

    await page.getByRole('tab', { name: 'Exports', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download XLSX' }).click();
    const file = path.join(app.dataDir, 'demo-results.xlsx');
    await (await download).saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet('Reviews')?.rowCount).toBeGreaterThan(36);
  });
});
