/**
 * The panel vote between two apps (issue 11): the officer issues the panel packages of the demo
 * 杰青 call; a member opens theirs on the welcome screen of their own app, votes beside the PDF and
 * the anonymised mail-review digest, and exports the ballot bundle; the officer merges it and the
 * tally counts the ballot.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf } from '../shared/contract';
import { seriousViolations } from './axe';
import { launchApp, type E2eApp } from './harness';
import { expectReadableLists } from './readable';

const en = { language: 'en' as const };

describe('the panel vote across an office app and a member app', () => {
  let office: E2eApp;
  let member: E2eApp;
  let jqCallId = '';
  const mailReviewers = new Set<string>();

  const call = async <C extends ChannelName>(channel: C, request: RequestOf<C>) => {
    const result = await office.dispatcher.invoke(channel, request, en);
    if (!result.ok) throw new Error(`${channel}: ${result.message}`);
    return result.value;
  };

  beforeAll(async () => {
    office = await launchApp({ language: 'zh-CN' });
    member = await launchApp({ language: 'zh-CN' });
    // The demo from mail review to the panel: applications with their PDFs, reviews merged, ranked,
    // a panel per call (its simulated ballot bundles are left unmerged).
    await call('demo.run', {
      outDir: path.join(office.dataDir, 'demo'),
      applications: 8,
      reviewers: 30,
      perApplication: 2,
      simulate: true,
      panel: true,
    });
    const calls = await call('assignments.calls', {});
    const jq = calls.find((c) => c.code.startsWith('GXJQ'));
    if (!jq) throw new Error('the demo has no 杰青 call');
    jqCallId = jq.id;
    // A mail reviewer's key is registered from their review bundles, so their ballots must come
    // from that same workspace; the fresh member app is for a member who wrote no mail review.
    for (const c of calls) {
      const status = await call('packages.status', { callId: c.id });
      for (const reviewer of status.reviewers) mailReviewers.add(reviewer.reviewerId);
    }
    await office.page.reload();
  }, 180_000);
  afterAll(async () => {
    await member?.close();
    await office?.close();
  });

  /** Both languages at 1366×768, and no serious accessibility problem in either; ends in zh-CN. */
  const shoot = async (app: E2eApp, name: string) => {
    expect(await seriousViolations(app.page), name).toEqual([]);
    await expectReadableLists(app.page, `${name} (zh-CN)`);
    await app.screenshot(name, 'zh-CN');
    await app.switchLanguage('en');
    expect(await seriousViolations(app.page), name).toEqual([]);
    await expectReadableLists(app.page, `${name} (en)`);
    await app.screenshot(name, 'en');
    await app.switchLanguage('zh-CN');
  };

  const tallyCells = async (referenceNo: string) => {
    const tally = office.page.getByRole('region', { name: '各申请书计票结果' });
    const row = tally.locator('tr', { hasText: referenceNo });
    await row.waitFor();
    return row.locator('td').allTextContents();
  };

  it('issues packages, votes in the member app, merges the ballot bundle and counts it', async () => {
    // Office: issue the panel packages from the panel screen; the passphrases are shown once.
    const { page } = office;
    await page.getByRole('button', { name: '会议评审', exact: true }).click();
    await page.getByRole('combobox', { name: '项目指南' }).selectOption(jqCallId);
    await page.getByRole('tab', { name: '投票与计票', exact: true }).click();
    const packages = page.getByRole('region', { name: '会议评审材料包' });
    const outDir = path.join(office.dataDir, 'panel-packages');
    await packages.getByLabel('材料包保存文件夹').fill(outDir);
    await packages.getByRole('button', { name: '生成会议评审材料包' }).click();
    await packages.getByText(new RegExp(`^已将 \\d+ 个会议评审材料包写入 ${outDir}。$`)).waitFor();
    const list = packages.getByRole('region', { name: /^口令/ });
    const panel = await call('panel.get', { callId: jqCallId });
    const newcomer = panel.members.find((m) => !mailReviewers.has(m.id));
    if (!newcomer) throw new Error('every panel member of the demo wrote a mail review');
    const row = list.locator('tbody tr', { hasText: newcomer.name });
    const [, , fileName, passphrase] = await row.locator('td').allTextContents();
    if (!fileName || !passphrase) throw new Error('no panel package for the member');
    expect(fileName).toMatch(/\.pdpanel$/);

    // Member: a fresh app; the panel package on the welcome screen creates the workspace.
    const vote = member.page;
    await vote.getByRole('heading', { name: '打开评审任务包' }).waitFor();
    await vote.getByLabel('任务包文件').setInputFiles(path.join(outDir, fileName));
    await vote.getByLabel('口令', { exact: true }).fill(passphrase);
    await vote.getByRole('button', { name: '打开任务包' }).click();
    await vote.getByRole('heading', { name: '会议评审投票' }).first().waitFor();
    const shortlist = vote.getByRole('table').first();
    const first = shortlist.locator('tbody tr').first().getByRole('button');
    const referenceNo = (await first.textContent()) ?? '';
    const before = await tallyCells(referenceNo);
    expect(before[2]).toBe('0');
    await first.click();
    await vote.getByRole('heading', { name: '通讯评审意见（匿名）' }).waitFor();
    const pdf = vote.getByRole('region', { name: '申请书 PDF' });
    await pdf.locator('canvas').first().waitFor();
    const ballot = vote.getByRole('form', { name: '您的选票' });
    await ballot.getByRole('radio', { name: /赞成/ }).check();
    await ballot.getByLabel(/^最终评分/).fill('4.5');
    await ballot.getByRole('button', { name: '保存选票' }).click();
    await ballot.getByText('已保存（第 1 版）。').waitFor();
    await shoot(member, 'panel-vote-member');
    await vote.getByRole('button', { name: '返回会评名单' }).click();
    const exported = vote.waitForEvent('download');
    await vote.getByRole('button', { name: '导出投票包' }).click();
    const download = await exported;
    expect(download.suggestedFilename()).toMatch(/\.pdballot$/);
    const ballotFile = path.join(member.dataDir, download.suggestedFilename());
    await download.saveAs(ballotFile);

    // Office: from the panel screen to the merge screen, which takes the ballot bundle.
    await packages.getByRole('button', { name: '合并投票包…' }).click();
    await page.getByRole('heading', { name: '合并评审结果包和投票包' }).waitFor();
    await page.getByLabel('选择结果包文件').setInputFiles(ballotFile);
    await page.getByText(/^已合并 1 · /).waitFor();
    await page.getByRole('button', { name: '会议评审', exact: true }).click();
    await page.getByRole('tab', { name: '投票与计票', exact: true }).click();
    await page.getByRole('combobox', { name: '项目指南' }).selectOption(jqCallId);
    await page.getByRole('tab', { name: '投票与计票', exact: true }).click();
    // One ballot more, and it is a vote for.
    await expect
      .poll(async () => (await tallyCells(referenceNo)).slice(1, 4))
      .toEqual([before[1], '1', String(Number(before[3]) + 1)]);
    await page.getByRole('region', { name: '各申请书计票结果' }).scrollIntoViewIfNeeded();
    await shoot(office, 'panel-vote-tally');
  }, 240_000);
});
