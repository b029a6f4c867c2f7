/**
 * The programme officer's assignment day in a real Chromium against the browser shell:
 * 1. build a demo office from the welcome screen and look at its matrix and packages;
 * 2. in a fresh workspace, create a call and import the demo's applications (with PDFs) and
 *    reviewers through the same channels, then auto-assign on the matrix screen, adjust a cell,
 *    issue packages, see the passphrases once and check a package opens with its passphrase.
 * Screens are checked with axe and photographed in zh-CN and en.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf } from '../shared/contract';
import { assignmentPackageContentSchema } from '../shared/domain/assignment-package';
import { openBundle } from '../electron/bundle/envelope';
import { launchApp, type E2eApp } from './harness';
import { inspectScreen } from './inspect';

describe('assignment and packages in a real browser', () => {
  let app: E2eApp;
  const files = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-assignment-e2e-'));
  const demoDir = path.join(files, 'demo');

  async function invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const result = await app.dispatcher.invoke(channel, request, { language: 'en' });
    if (!result.ok) throw new Error(`${channel}: ${result.message}`);
    return result.value;
  }

  /** The packages screen once every package is up to date, in English then Chinese. */
  const inspectPackages = (name: string) =>
    inspectScreen(
      app,
      name,
      (language) =>
        app.page
          .getByRole('cell', { name: language === 'en' ? 'Up to date' : '已是最新' })
          .first()
          .waitFor(),
      ['en', 'zh-CN'],
    );

  beforeAll(async () => {
    app = await launchApp({ language: 'zh-CN' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('builds the demo office from the welcome screen and shows its matrix and packages', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: '体验演示工作区' }).waitFor();
    await page.getByLabel('演示数据保存文件夹').fill(demoDir);
    await page.getByLabel('申请书数量').fill('36');
    await page.getByLabel('评审专家人数').fill('12');
    await inspectScreen(
      app,
      'demo-card',
      (language) =>
        page
          .getByRole('heading', { name: language === 'en' ? 'Try a demo office' : '体验演示工作区' })
          .waitFor(),
      ['en', 'zh-CN'],
    );
    await page.getByRole('button', { name: '生成演示工作区' }).click();
    const frame = page.getByRole('navigation', { name: '主导航' });
    await frame.or(page.getByRole('alert')).first().waitFor({ timeout: 120_000 });
    if (!(await frame.isVisible()))
      throw new Error(`the demo failed: ${await page.getByRole('alert').innerText()}`);
    expect(existsSync(path.join(demoDir, 'passphrases.csv'))).toBe(true);

    await page.getByRole('button', { name: '评审分配' }).click();
    await page.getByRole('grid', { name: /分配矩阵/ }).waitFor();
    expect(await page.getByRole('gridcell', { name: /已分配评审/ }).count()).toBeGreaterThan(0);
    await inspectScreen(
      app,
      'assignment-demo',
      (language) =>
        page.getByRole('grid', { name: language === 'en' ? /Assignment matrix/ : /分配矩阵/ }).waitFor(),
      ['en', 'zh-CN'],
    );

    await page.getByRole('button', { name: '评审任务包', exact: true }).click();
    await inspectPackages('packages-demo');
  });

  it('auto-assigns a freshly imported call, adjusts a cell and issues packages', async () => {
    const { page } = app;
    // A new office workspace with one call, fed the demo's source files through the import channels.
    await invoke('workspace.create', {
      name: '2026 杰青评审 / DYS review',
      role: 'office',
      path: path.join(files, 'fresh.sqlite'),
    });
    const call = await invoke('calls.create', {
      template: 'jieqing-lump-sum',
      code: 'GXJQ2026-E2E',
      title: { zh: '2026年度广西杰出青年科学基金', en: '2026 Guangxi Distinguished Young Scholars Fund' },
      reviewersPerApplication: 3,
    });
    const source = path.join(demoDir, 'source');
    const imported = await invoke('applications.import', {
      callId: call.id,
      file: { path: path.join(source, 'GXJQ2026', 'applications.csv') },
      attachments: { folder: path.join(source, 'GXJQ2026', 'attachments') },
    });
    expect(imported.committed).toBe(true);
    expect(
      (await invoke('reviewers.import', { file: { path: path.join(source, 'reviewers.csv') } })).committed,
    ).toBe(true);
    await invoke('conflicts.detect', { callId: call.id });

    await page.reload();
    await app.switchLanguage('en');
    await page.getByRole('button', { name: 'Assignment', exact: true }).click();
    const grid = page.getByRole('grid', { name: /Assignment matrix/ });
    await grid.waitFor();
    expect(await grid.getByRole('gridcell', { name: / is assigned to / }).count()).toBe(0);
    await page.getByRole('button', { name: 'Auto-assign' }).click();
    await page.getByRole('heading', { name: 'Auto-assignment finished' }).waitFor({ timeout: 60_000 });
    await page.getByText('Every application has all the reviewers it wants.').waitFor();
    const assigned = grid.getByRole('gridcell', { name: / is assigned to / });
    await assigned.first().waitFor();

    // Lock the first assignment from the selection panel, then move with the keyboard.
    await assigned.first().click();
    const panel = page.getByRole('complementary', { name: 'Selected pair' });
    await panel.getByRole('button', { name: 'Lock' }).click();
    await panel.getByRole('button', { name: 'Unlock' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await inspectScreen(
      app,
      'assignment-matrix',
      (language) =>
        page
          .getByRole('heading', { name: language === 'en' ? 'Auto-assignment finished' : '自动分配完成' })
          .waitFor(),
      ['en', 'zh-CN'],
    );

    const matrix = await invoke('assignments.matrix', { callId: call.id });
    expect(matrix.assignments.filter((cell) => cell.locked)).toHaveLength(1);
    const conflicted = new Set(matrix.conflicts.map((c) => `${c.applicationId}|${c.reviewerId}`));
    expect(
      matrix.assignments.some((cell) => conflicted.has(`${cell.applicationId}|${cell.reviewerId}`)),
    ).toBe(false);

    await page.getByRole('button', { name: '评审任务包', exact: true }).click();
    await inspectScreen(
      app,
      'packages-unissued',
      (language) =>
        page
          .getByRole('cell', { name: language === 'en' ? 'Not issued yet' : '尚未发放' })
          .first()
          .waitFor(),
      ['en', 'zh-CN'],
    );
    const outDir = path.join(files, 'issued');
    await page.getByLabel('任务包保存到文件夹').fill(outDir);
    await page.getByRole('button', { name: '发放任务包' }).click();
    await page.getByRole('region', { name: '口令——仅显示这一次' }).waitFor({ timeout: 120_000 });
    await inspectScreen(app, 'packages-issued', (language) =>
      page
        .getByRole('region', {
          name: language === 'en' ? 'Passphrases — shown only this once' : '口令——仅显示这一次',
        })
        .waitFor(),
    );

    // Every reviewer with work got a file; one of them opens with the passphrase shown on screen.
    const reviewersWithWork = new Set(matrix.assignments.map((cell) => cell.reviewerId)).size;
    const packageFiles = readdirSync(outDir).filter((name) => name.endsWith('.pdpkg'));
    expect(packageFiles).toHaveLength(reviewersWithWork);
    const rows = page.getByRole('region', { name: 'Passphrases — shown only this once' }).getByRole('row');
    const firstRow = rows.nth(1);
    const fileName = (await firstRow.getByRole('cell').nth(2).textContent()) ?? '';
    const passphrase = (await firstRow.getByRole('cell').nth(3).textContent()) ?? '';
    const opened = await openBundle(readFileSync(path.join(outDir, fileName)), {
      expectedKind: 'assignment-package',
      decrypt: { passphrase },
    });
    const content = assignmentPackageContentSchema.parse(
      JSON.parse(new TextDecoder().decode(opened.entries.get('content.json'))),
    );
    expect(content.call.code).toBe('GXJQ2026-E2E');
    expect(content.applications.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'I have saved the passphrases' }).click();
    await page.getByRole('cell', { name: 'Up to date' }).first().waitFor();
    expect(await page.getByRole('region', { name: 'Passphrases — shown only this once' }).count()).toBe(0);
    await inspectPackages('packages');
  });
});
