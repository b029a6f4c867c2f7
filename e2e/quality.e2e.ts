/**
 * Review quality in a real browser: the demo call's Review quality tab and the reviewer record
 * screen, with a reviewer's letter of thanks saved as a PDF. Screens are checked with axe and
 * photographed at 1366×768 in zh-CN and en (e2e/screenshots/quality-*.png; `-full` the whole page).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pdfText } from '../test/support/pdf-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../shared/i18n/catalogs';
import { DEMO_CALL_ID, openDemoOffice } from '../test/results-demo';
import { seriousViolations } from './axe';
import { launchApp, screenshotDir, type E2eApp } from './harness';
import { expectReadableLists } from './readable';

const REVIEWERS = ['张教授', '李研究员', 'Prof. Smith', '王博士', '陈教授'];

describe('review quality in a real browser', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await launchApp({ language: 'zh-CN' });
    await openDemoOffice(app.dispatcher, app.dataDir);
    const ranked = await app.dispatcher.invoke(
      'results.rank',
      { callId: DEMO_CALL_ID, method: 'bayes', fundable: 5 },
      { language: 'zh-CN' },
    );
    if (!ranked.ok) throw new Error(ranked.message);
    await app.page.reload();
  });
  afterAll(async () => {
    await app.close();
  });

  /** The screen as an officer sees it at 1366×768, and the whole page below it. */
  const shootBoth = async (name: string, ready: (language: Language) => Promise<void>) => {
    for (const language of ['zh-CN', 'en'] as const) {
      await app.switchLanguage(language);
      await ready(language);
      await expect(seriousViolations(app.page)).resolves.toEqual([]);
      await expectReadableLists(app.page, `${name} (${language})`);
      await app.page.screenshot({ path: path.join(screenshotDir, `${name}.${language}.png`) });
      await app.screenshot(`${name}-full`, language);
    }
    await app.switchLanguage('zh-CN');
  };

  it('shows the demo call’s review quality with every figure explained', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '评审结果', exact: true }).click();
    await page.getByRole('tab', { name: '评审质量', exact: true }).click();
    // The tab fits the Bayesian model again with the run's seed: give it time on a busy machine.
    await page.getByRole('definition').first().waitFor({ timeout: 120_000 });
    await expect(page.getByLabel('评分信度').isVisible()).resolves.toBe(true);
    await page.getByRole('heading', { name: '意见分歧的申请书' }).waitFor();
    // The demo's dissenting review makes JQ2026-010 discordant.
    await expect(page.getByText('JQ2026-010').first().isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByText(/超出偶然一致的程度|偶然/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await shootBoth('quality-tab', async (language) => {
      await page
        .getByRole('heading', { name: language === 'en' ? 'Stability of the funding line' : '资助线稳定性' })
        .waitFor();
      await page.getByRole('img', { name: language === 'en' ? /Funded share/ : /资助概率/ }).waitFor();
    });
  });

  it('shows the reviewer record and saves a reviewer’s letter of thanks with their own figures only', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '评审专家记录', exact: true }).click();
    await page.getByRole('heading', { name: '评审专家记录', level: 1 }).waitFor();
    await page.getByRole('button', { name: '张教授', exact: true }).click();
    await page.getByRole('heading', { name: /张教授/ }).waitFor();
    await shootBoth('quality-record', async (language) => {
      await page
        .getByRole('button', { name: language === 'en' ? 'Letter of thanks (PDF)' : '致谢与反馈函（PDF）' })
        .waitFor();
    });

    await page.getByLabel('函件语言').selectOption('zh-CN');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '致谢与反馈函（PDF）' }).click();
    const file = path.join(app.dataDir, 'letter.pdf');
    await (await download).saveAs(file);
    const text = await pdfText(readFileSync(file));
    expect(text).toContain('评审专家致谢与反馈函');
    expect(text).toContain('尊敬的张教授：');
    for (const other of REVIEWERS.filter((name) => name !== '张教授')) expect(text).not.toContain(other);
  });
});
