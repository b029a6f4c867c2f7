import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type E2eApp } from './harness';

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
    await page.getByRole('heading', { name: '新建项目管理工作区' }).waitFor();
    await app.screenshot('welcome', 'zh-CN');
    await app.switchLanguage('en');
    await page.getByRole('heading', { name: 'New programme-office workspace' }).waitFor();
    await app.screenshot('welcome', 'en');

    await page.getByLabel('Workspace name').fill('2026 自然科学基金 Natural Science Fund');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: '2026 自然科学基金 Natural Science Fund' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).resolves.toBe(true);
    await app.screenshot('overview', 'en');

    await app.switchLanguage('zh-CN');
    await expect(page.getByRole('button', { name: '审计日志' }).isVisible()).resolves.toBe(true);
    await app.screenshot('overview', 'zh-CN');
    await page.getByRole('button', { name: '审计日志' }).click();
    await page.getByRole('cell', { name: '创建工作区' }).waitFor();
    await app.screenshot('audit', 'zh-CN');
    await app.switchLanguage('en');
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await app.screenshot('audit', 'en');

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
