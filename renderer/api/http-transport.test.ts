import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { ResponseOf } from '../../shared/contract';
import type { Language } from '../../shared/i18n/catalogs';
import { startTestShell, type TestShell } from '../../test/support/shell/browser-shell';
import { httpApi } from './http-transport';

describe('the browser transport', () => {
  let running: TestShell | undefined;
  afterEach(async () => {
    vi.unstubAllGlobals();
    await running?.shell.close();
    running = undefined;
  });

  async function connect(started: Promise<TestShell>, language: Language = 'en') {
    running = await started;
    vi.stubGlobal('fetch', running.fetch);
    return httpApi(running.shell.token, () => language);
  }

  it("answers with the channel's response, checked and typed, from the real shell", async () => {
    const api = await connect(startTestShell());
    const info = await api.invoke('app.info', {});
    if (!info.ok) throw new Error(info.message);
    expectTypeOf(info.value).toEqualTypeOf<ResponseOf<'app.info'>>();
    expect(info.value).toMatchObject({ door: 'browser', version: '0.0.0-test', workspace: null });
  });

  it("passes the back end's refusals on as they are", async () => {
    const api = await connect(startTestShell());
    expect(await api.invoke('workspace.backup', { path: '/tmp/backup.peerdesk' })).toMatchObject({
      ok: false,
      code: 'errors.noWorkspace',
      message: 'No workspace is open. Create or open one first.',
    });
  });

  it("refuses, translated, a value that breaks the channel's response schema", async () => {
    const brokenValue = startTestShell((app) => ({
      ...app,
      invokeRaw: async () => ({ ok: true, value: { closed: 'yes' } }),
    }));
    const api = await connect(brokenValue, 'zh-CN');
    expect(await api.invoke('workspace.close', {})).toEqual({
      ok: false,
      code: 'errors.invalidResponse',
      message:
        'Peerdesk 后台对“workspace.close”的应答无法读取：closed: Invalid input: expected boolean, received string',
      params: {
        channel: 'workspace.close',
        detail: 'closed: Invalid input: expected boolean, received string',
      },
    });
  });

  it('refuses, translated, a result that is neither a value nor a refusal', async () => {
    const brokenResult = startTestShell((app) => ({
      ...app,
      invokeRaw: async () => ({ ok: false, code: '', message: 'no code' }),
    }));
    const api = await connect(brokenResult);
    const answer = await api.invoke('workspace.close', {});
    expect(answer).toMatchObject({ ok: false, code: 'errors.invalidResponse' });
    expect(!answer.ok && answer.message).toMatch(
      /^Peerdesk’s back end answered “workspace\.close” with something this window cannot read: /,
    );
  });
});
