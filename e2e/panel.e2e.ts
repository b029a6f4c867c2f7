import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { pdfText } from '../test/support/pdf-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf } from '../shared/contract';
import { expectOk } from '../test/support/dispatch';
import { DEMO_CALL_ID, openDemoOffice } from '../test/results-demo';
import { seriousViolations } from './axe';
import { launchApp, type E2eApp } from './harness';
import { expectReadableLists } from './readable';

describe('the panel stage in a real browser', () => {
  let app: E2eApp;
  let best = { id: '', referenceNo: '' };

  const call = <C extends ChannelName>(channel: C, request: RequestOf<C>) =>
    expectOk(app.dispatcher, channel, request);

  beforeAll(async () => {
    app = await launchApp({ language: 'zh-CN' });
    // The demo 杰青 call after mail review: ranked, with one member conflicted on the best application.
    await openDemoOffice(app.dispatcher, app.dataDir);
    await call('results.rank', { callId: DEMO_CALL_ID, method: 'mean', fundable: 4 });
    const view = await call('results.view', { callId: DEMO_CALL_ID });
    const first = view.applications
      .filter((a) => a.ranking !== null && !a.excluded)
      .sort((a, b) => (a.ranking?.rank ?? 0) - (b.ranking?.rank ?? 0))[0];
    if (!first) throw new Error('the demo call has no ranking');
    best = first;
    await call('conflicts.add', {
      callId: DEMO_CALL_ID,
      applicationId: best.id,
      reviewerId: 'rev-2',
      reason: '同一课题组',
    });
    await app.page.reload();
  });
  afterAll(async () => {
    await app.close();
  });

  /** Both languages at 1366×768, and no serious accessibility problem in either. */
  const shoot = async (name: string) => {
    expect(await seriousViolations(app.page)).toEqual([]);
    await expectReadableLists(app.page, `${name} (zh-CN)`);
    await app.screenshot(name, 'zh-CN');
    await app.switchLanguage('en');
    expect(await seriousViolations(app.page)).toEqual([]);
    await expectReadableLists(app.page, `${name} (en)`);
    await app.screenshot(name, 'en');
    await app.switchLanguage('zh-CN');
  };

  it('sets up the panel, schedules the defences, takes paper ballots, tallies and writes the minutes', async () => {
    const { page } = app;
    const tab = (name: string) => page.getByRole('tab', { name, exact: true });
    await page.getByRole('button', { name: '会议评审', exact: true }).click();
    await page.getByRole('heading', { name: '会议评审', level: 1 }).waitFor();
    await page.getByText('本项目尚未组建会评专家组').waitFor();

    // Set-up: the top 3, five members (the 杰青 minimum of 9 lowered to 5), the default rule.
    await page.getByLabel('入围数量（N）').fill('3');
    const save = page.getByRole('button', { name: '保存专家组设置' });
    for (const name of ['张教授', '李研究员', 'Prof. Smith', '王博士', '陈教授'])
      await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
    await expect(save.getAttribute('title')).resolves.toBe('请至少选择 9 名专家。');
    await page.getByRole('spinbutton', { name: /^专家组最少人数/ }).fill('5');
    await page.getByText('须回避 1 份入围申请书').waitFor();
    await save.click();
    await page.getByText('已保存：入围 3 项，专家 5 人。').waitFor();
    await shoot('panel-setup');

    // Defence schedule: one after another from 09:00, 25 minutes each; the PDF is saved.
    await tab('答辩安排').click();
    await page.getByLabel('开始日期').fill('2026-12-10');
    await page.getByLabel('每项时长（分钟）').fill('25');
    await page.getByRole('button', { name: '自动排时间' }).click();
    await page.getByRole('button', { name: '保存答辩安排' }).click();
    await page.getByText('答辩安排已保存。').waitFor();
    const schedulePdf = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 PDF' }).click();
    const scheduleFile = path.join(app.dataDir, 'schedule.pdf');
    await (await schedulePdf).saveAs(scheduleFile);
    expect((await pdfText(readFileSync(scheduleFile))).normalize('NFKC')).toContain(best.referenceNo);
    await shoot('panel-schedule');

    // Paper ballots on the best application: 李研究员 must leave (回避); 3 of 4 eligible vote.
    await tab('投票与计票').click();
    const enter = page.getByRole('button', { name: '录入纸质选票' });
    const votes: [string, string, string][] = [
      ['张教授', '赞成', '4.5'],
      ['Prof. Smith', '赞成', '4'],
      ['王博士', '反对', ''],
    ];
    for (const [member, vote, score] of votes) {
      await page.getByRole('combobox', { name: /^申请书/ }).selectOption(best.id);
      await page.getByRole('combobox', { name: /^专家/ }).selectOption({ label: member });
      await page.getByRole('radio', { name: vote }).check();
      if (score) await page.getByLabel(/^最终评分/).fill(score);
      await enter.click();
      await page.getByText(`已录入纸质选票：${member}`).waitFor();
    }
    await expect(page.getByRole('option', { name: '李研究员（须回避）' }).isDisabled()).resolves.toBe(true);
    const tally = page.getByRole('region', { name: '各申请书计票结果' });
    const row = tally.locator('tr', { hasText: best.referenceNo });
    await row.getByText('建议资助', { exact: true }).waitFor();
    await expect(row.locator('td').allTextContents()).resolves.toEqual([
      expect.stringContaining(best.referenceNo),
      '4',
      '3',
      '2',
      '1',
      '0',
      '建议资助',
      '4.25',
      '4–4.5',
    ]);
    await page.getByRole('button', { name: '记录计票结果' }).click();
    await page.getByText('计票结果已连同投票规则一并记录。').waitFor();
    await shoot('panel-ballots');

    // Consensus beside the individual reviews.
    await tab('综合意见').click();
    await page.getByRole('region', { name: '通讯评审意见对照' }).getByRole('table').waitFor();
    await page
      .getByRole('textbox', { name: /^综合意见/ })
      .fill('专家组认为该项目选题新颖，研究基础扎实，建议资助。');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('已保存第 1 版（草稿）。').waitFor();
    await shoot('panel-consensus');

    // Minutes and feedback letters, saved as files.
    await tab('会议纪要与意见反馈').click();
    const minutesDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '生成会议纪要（PDF）' }).click();
    const minutes = await minutesDownload;
    expect(minutes.suggestedFilename()).toBe('minutes-JQ-2026.pdf');
    const minutesFile = path.join(app.dataDir, 'minutes.pdf');
    await minutes.saveAs(minutesFile);
    const minutesText = (await pdfText(readFileSync(minutesFile))).normalize('NFKC');
    expect(minutesText).toContain('会议评审纪要');
    expect(minutesText).toContain(`${best.referenceNo} 4 3 2 1 0 4.25 建议资助`);
    await page.getByText('已将 minutes-JQ-2026.pdf 保存到下载文件夹。').waitFor();

    const feedbackDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '生成评审意见反馈' }).click();
    const feedback = await feedbackDownload;
    const feedbackFile = path.join(app.dataDir, 'feedback.zip');
    await feedback.saveAs(feedbackFile);
    const letters = Object.keys(unzipSync(readFileSync(feedbackFile)));
    expect(letters).toContain('feedback.csv');
    expect(letters).toContain(`${best.referenceNo}.pdf`);
    await page.getByText(/^已将 feedback-JQ-2026\.zip 保存到下载文件夹，内含 \d+ 个文件。$/).waitFor();
    await shoot('panel-files');

    const audit = await call('audit.list', { limit: 200 });
    const actions = audit.map((entry) => entry.action);
    for (const action of ['panel.setup', 'panel.ballot.paper', 'panel.tally', 'panel.consensus.draft'])
      expect(actions).toContain(action);
  });
});
