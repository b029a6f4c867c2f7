import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type E2eApp } from './harness';
import { inspectScreen } from './inspect';

/**
 * The officer's merge in a real Chromium: three review bundles dropped on the import screen — two
 * exported by the demo's simulated reviewers, one damaged on the way — with progress, the
 * per-bundle report and the review-progress dashboard, in both languages.
 */
let app: E2eApp;
let files: { name: string; base64: string }[];

beforeAll(async () => {
  app = await launchApp({ language: 'zh-CN' });
  const demo = await app.dispatcher.invoke(
    'demo.run',
    {
      outDir: path.join(app.dataDir, 'demo'),
      applications: 12,
      reviewers: 6,
      seed: 'merge-e2e',
      simulate: true,
    },
    { language: 'en' },
  );
  if (!demo.ok) throw new Error(demo.message);
  const bundlesDir = (demo.value as { simulation: { bundlesDir: string } }).simulation.bundlesDir;
  const [first, second] = readdirSync(bundlesDir)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(bundlesDir, name)) }));
  if (!first || !second) throw new Error('the demo exported fewer than two bundles');
  // Damaged in transit: one byte inside the encrypted payload (the bulk of the file) flipped.
  const damaged = Buffer.from(first.bytes);
  const at = Math.floor(damaged.length * 0.6);
  damaged[at] = (damaged[at] as number) ^ 0x01;
  files = [
    { name: first.name, base64: first.bytes.toString('base64') },
    { name: 'damaged-in-transit.pdrev', base64: damaged.toString('base64') },
    { name: second.name, base64: second.bytes.toString('base64') },
  ];
  await app.page.reload();
}, 240_000);

afterAll(async () => {
  await app.close();
});

describe('merging review bundles in a real browser', () => {
  it('drops three bundles, shows progress, the report and the dashboard in both languages', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '合并结果包' }).click();
    await inspectScreen(
      app,
      'merge-empty',
      (language) =>
        page.getByRole('heading', { name: language === 'en' ? 'Merge review' : '合并评审结果包' }).waitFor(),
      ['en', 'zh-CN'],
    );

    // Remember whether the progress bar ever showed, however quickly the merge runs.
    await page.evaluate(() => {
      const seen = { progress: false };
      (window as unknown as { mergeSeen: typeof seen }).mergeSeen = seen;
      new MutationObserver(() => {
        if (document.querySelector('.progress progress')) seen.progress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name));
      }
      return transfer;
    }, files);
    const zone = page.getByTestId('merge-drop-zone');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await page.getByText('松开鼠标即可合并这些结果包').waitFor();
    await zone.dispatchEvent('drop', { dataTransfer });

    await page.getByText('已合并 2 · 此前已导入 0 · 拒收 1').waitFor({ timeout: 60_000 });
    await expect(
      page.evaluate(() => (window as unknown as { mergeSeen: { progress: boolean } }).mergeSeen.progress),
    ).resolves.toBe(true);
    const rows = page.locator('table.merge-report tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.nth(1).locator('.tag').textContent()).resolves.toBe('已拒收');
    await expect(rows.nth(1).textContent()).resolves.toMatch(/payload\/content\.json\.enc.*(损坏|改动)/);
    await expect(rows.nth(0).locator('.tag').textContent()).resolves.toBe('已合并');
    await inspectScreen(app, 'merge-report', (language) =>
      page
        .getByText(
          language === 'en'
            ? '2 applied · 0 already imported · 1 refused'
            : '已合并 2 · 此前已导入 0 · 拒收 1',
        )
        .waitFor(),
    );
    await expect(rows.nth(1).textContent()).resolves.toMatch(
      /payload\/content\.json\.enc.*(damaged|altered)/,
    );

    await page.getByRole('button', { name: 'Open the progress dashboard' }).click();
    await page.getByRole('heading', { name: 'Review progress' }).waitFor();
    await page.getByRole('heading', { name: 'Who to chase' }).waitFor();
    const received = page.locator('.tile', { hasText: 'Received' }).locator('dd');
    await expect(received.first().textContent().then(Number)).resolves.toBeGreaterThan(0);
    await inspectScreen(
      app,
      'merge-dashboard',
      (language) =>
        page.getByRole('heading', { name: language === 'en' ? 'Who to chase' : '需要催办' }).waitFor(),
      ['en', 'zh-CN'],
    );

    const log = await app.dispatcher.invoke('audit.list', { limit: 50 }, { language: 'en' });
    const actions = (log.ok ? (log.value as { action: string }[]) : []).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'merge.applied')).toHaveLength(2);
    expect(actions.filter((action) => action === 'merge.refused')).toHaveLength(1);
  });
});
