import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type E2eApp } from './harness';
import { inspectScreen } from './inspect';

function rawPost(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/invoke/app.info', headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

describe('first run in a real browser', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await launchApp({ language: 'zh-CN' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('welcomes, creates an office workspace, switches language and navigates', async () => {
    const { page } = app;
    await inspectScreen(app, 'welcome', (language) =>
      page
        .getByRole('heading', {
          name: language === 'en' ? 'New programme-office workspace' : '新建项目管理工作区',
        })
        .waitFor(),
    );

    await page.getByLabel('Workspace name').fill('2026 自然科学基金 Natural Science Fund');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: '2026 自然科学基金 Natural Science Fund' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).resolves.toBe(true);
    await inspectScreen(app, 'overview', (language) =>
      page.getByRole('button', { name: language === 'en' ? 'Audit log' : '审计日志' }).waitFor(),
    );

    await page.getByRole('button', { name: 'Audit log' }).click();
    await inspectScreen(app, 'audit', (language) =>
      page.getByRole('cell', { name: language === 'en' ? 'Workspace created' : '创建工作区' }).waitFor(),
    );

    const info = await app.dispatcher.invoke('app.info', {}, { language: 'en' });
    expect(info).toMatchObject({ ok: true, value: { workspace: { role: 'office' } } });
  });

  it('refuses API calls without the token or under another host name', async () => {
    const { port, token } = app.shell;
    await expect(rawPost(port, { host: `127.0.0.1:${port}`, 'x-peerdesk-token': token })).resolves.toBe(200);
    await expect(rawPost(port, { host: `127.0.0.1:${port}` })).resolves.toBe(401);
    await expect(rawPost(port, { host: `127.0.0.1:${port}`, 'x-peerdesk-token': 'guess' })).resolves.toBe(
      401,
    );
    await expect(
      rawPost(port, { host: `attacker.example:${port}`, 'x-peerdesk-token': token }),
    ).resolves.toBe(403);
    await expect(
      rawPost(port, {
        host: `127.0.0.1:${port}`,
        origin: 'http://attacker.example',
        'x-peerdesk-token': token,
      }),
    ).resolves.toBe(403);
  });
});
