import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import { MAX_TABLE_BYTES } from '../imports/source';
import { MAX_SHELL_BODY_BYTES, startShell, type RunningShell } from './server';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(
  shell: RunningShell,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: shell.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${shell.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser shell', () => {
  let shell: RunningShell | undefined;
  afterEach(async () => {
    await shell?.close();
  });

  async function start(options: { maxBodyBytes?: number } = {}) {
    const staticDir = tempDir();
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Peerdesk</title>');
    mkdirSync(path.join(staticDir, 'assets'));
    writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
    shell = await startShell({ dispatcher: createApp(testServices(tempDir())), staticDir, ...options });
    return shell;
  }

  it('listens on 127.0.0.1 with a long random token in its URL', async () => {
    const running = await start();
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('serves the renderer with a strict CSP and refuses paths outside it', async () => {
    const running = await start();
    const index = await raw(running, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await raw(running, { path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/);
    expect((await raw(running, { path: '/../secret.txt' })).status).toBe(404);
    expect((await raw(running, { path: '/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404);
  });

  it('answers the API only with the token, the right Host and its own Origin', async () => {
    const running = await start();
    const call = (headers: Record<string, string>) =>
      raw(running, { method: 'POST', path: '/api/invoke/app.info', headers, body: '{"request":{}}' });
    const good = await call({ 'x-peerdesk-token': running.token });
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body.trim())).toMatchObject({
      type: 'result',
      result: { ok: true, value: { door: 'cli' } },
    });
    expect((await call({})).status).toBe(401);
    expect((await call({ 'x-peerdesk-token': running.token.slice(1) })).status).toBe(401);
    expect(
      (await call({ 'x-peerdesk-token': running.token, host: `evil.test:${running.port}` })).status,
    ).toBe(403);
    expect((await call({ 'x-peerdesk-token': running.token, host: `127.0.0.1:1` })).status).toBe(403);
    expect((await call({ 'x-peerdesk-token': running.token, origin: 'http://evil.test' })).status).toBe(403);
    expect(
      (await call({ 'x-peerdesk-token': running.token, origin: `http://localhost:${running.port}` })).status,
    ).toBe(200);
    expect(
      (await raw(running, { path: '/api/invoke/app.info', headers: { 'x-peerdesk-token': running.token } }))
        .status,
    ).toBe(405);
  });

  it('passes refusals through as results and rejects bodies that are not JSON', async () => {
    const running = await start();
    const headers = { 'x-peerdesk-token': running.token };
    const refused = await raw(running, {
      method: 'POST',
      path: '/api/invoke/workspace.open',
      headers,
      body: JSON.stringify({ request: { path: '/nonexistent/x.sqlite' }, language: 'zh-CN' }),
    });
    expect(JSON.parse(refused.body.trim())).toMatchObject({
      result: {
        ok: false,
        code: 'errors.workspaceNotFound',
        message: '/nonexistent/x.sqlite 处没有工作区。',
      },
    });
    const junk = await raw(running, { method: 'POST', path: '/api/invoke/app.info', headers, body: '{oops' });
    expect(junk.status).toBe(400);
  });

  it('answers malformed percent-encoding and bodies that are not a JSON object with 400, not 500', async () => {
    const running = await start();
    const headers = { 'x-peerdesk-token': running.token };
    const post = (pathName: string, body: string) =>
      raw(running, { method: 'POST', path: pathName, headers, body });
    const badName = await post('/api/invoke/app.%E0%A4%A', '{"request":{}}');
    expect(badName.status).toBe(400);
    expect(JSON.parse(badName.body)).toMatchObject({ error: expect.stringContaining('percent-encoding') });
    expect((await post('/api/cancel/%zz', '')).status).toBe(400);
    expect((await raw(running, { path: '/assets/%E0%A4%A' })).status).toBe(400);
    for (const body of ['null', '[]', '42', '"text"']) {
      const refused = await post('/api/invoke/app.info', body);
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body)).toMatchObject({ error: expect.stringContaining('JSON object') });
    }
  });

  it('refuses a body over the cap with 413 and a translatable code, declared or streamed', async () => {
    const running = await start({ maxBodyBytes: 1024 });
    const headers = { 'x-peerdesk-token': running.token };
    const body = JSON.stringify({ request: {}, padding: 'x'.repeat(2000) });
    const declared = await raw(running, { method: 'POST', path: '/api/invoke/app.info', headers, body });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({
      code: 'errors.requestTooLarge',
      params: { limitMb: 0 },
    });
    const streamed = await raw(running, {
      method: 'POST',
      path: '/api/invoke/app.info',
      headers: { ...headers, 'transfer-encoding': 'chunked' },
      body,
    });
    expect(streamed.status).toBe(413);
    const fits = await raw(running, {
      method: 'POST',
      path: '/api/invoke/app.info',
      headers,
      body: '{"request":{}}',
    });
    expect(fits.status).toBe(200);
  });

  it('caps bodies at the largest legitimate request: a 100 MiB table as base64 plus a margin', () => {
    expect(MAX_SHELL_BODY_BYTES).toBeGreaterThan((MAX_TABLE_BYTES * 4) / 3);
    expect(MAX_SHELL_BODY_BYTES).toBeLessThan(256 * 1024 * 1024);
  });
});
