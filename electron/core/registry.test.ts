import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ResponseOf } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { tempDir, testServices } from '../../test/temp';
import { createApp, handlers } from '../app';
import { createDispatcher, mergeHandlers, missingHandlers, type HandlerMap } from './registry';
import { Session } from './session';

const en = { language: 'en' as const };

describe('the dispatcher (one door to the data)', () => {
  it('has exactly one handler for every channel of the contract', () => {
    expect(missingHandlers(handlers)).toEqual([]);
    expect(() =>
      mergeHandlers(
        { 'app.info': handlers['app.info'] } as HandlerMap,
        { 'app.info': handlers['app.info'] } as HandlerMap,
      ),
    ).toThrow(/registered twice/);
    expect(() => createDispatcher({}, testServices(tempDir()), new Session(testServices(tempDir())))).toThrow(
      /No handler for: app.info/,
    );
  });

  it('refuses malformed requests with a translated error and runs no handler', async () => {
    const dispatcher = createApp(testServices(tempDir()));
    const english = await dispatcher.invokeRaw(
      'workspace.create',
      { name: '', role: 'auditor' },
      { language: 'en' },
    );
    expect(english).toMatchObject({ ok: false, code: 'errors.invalidRequest' });
    expect(!english.ok && english.message).toMatch(/^The request was not valid: name: .*; role: /);
    const chinese = await dispatcher.invokeRaw('workspace.create', 'not an object', { language: 'zh-CN' });
    expect(!chinese.ok && chinese.message).toMatch(/^请求无效/);
    expect(dispatcher.session.workspace).toBeNull();
  });

  it('types in-process calls by channel: the request is checked and the value needs no cast', async () => {
    const dispatcher = createApp(testServices(tempDir()));
    const info = await dispatcher.invoke('app.info', {}, { language: 'en' });
    if (!info.ok) throw new Error(info.message);
    expectTypeOf(info.value).toEqualTypeOf<ResponseOf<'app.info'>>();
    expect(info.value.workspace).toBeNull();
    // @ts-expect-error a role the contract does not have is refused by the compiler
    const wrongRole = await dispatcher.invoke('workspace.create', { name: 'x', role: 'auditor' }, en);
    expect(wrongRole).toMatchObject({ ok: false, code: 'errors.invalidRequest' });
    // @ts-expect-error a channel the contract does not have is refused by the compiler
    const unknown = await dispatcher.invoke('no.such', {}, en);
    expect(unknown).toMatchObject({ ok: false, code: 'errors.unknownChannel' });
  });

  it('refuses unknown channels, including prototype names', async () => {
    const dispatcher = createApp(testServices(tempDir()));
    for (const name of ['no.such', '__proto__', 'constructor', 'toString']) {
      const result = await dispatcher.invokeRaw(name, {}, { language: 'en' });
      expect(result).toMatchObject({ ok: false, code: 'errors.unknownChannel' });
    }
  });

  it('turns thrown AppErrors and unexpected exceptions into results, never throws', async () => {
    const services = testServices(tempDir());
    const failing: HandlerMap = {
      ...handlers,
      'workspace.recent': () => {
        throw new AppError('errors.fileExists', { path: '/x' });
      },
      'workspace.close': () => {
        throw new TypeError('boom');
      },
      // A handler breaking its response schema in a way its type cannot say: bytes are whole.
      'workspace.backup': () => ({ path: '/backup.peerdesk', bytes: 0.5 }),
    };
    const dispatcher = createDispatcher(failing, services, new Session(services));
    await expect(dispatcher.invoke('workspace.recent', {}, { language: 'zh-CN' })).resolves.toEqual({
      ok: false,
      code: 'errors.fileExists',
      message: '/x 已存在文件，请换一个名称。',
      params: { path: '/x' },
    });
    await expect(dispatcher.invoke('workspace.close', {}, { language: 'en' })).resolves.toMatchObject({
      ok: false,
      code: 'errors.internal',
      message: `Something went wrong inside Peerdesk: boom. Details are in the log file ${services.log.file}.`,
    });
    // The stack of the unexpected exception is in the log the message points to.
    expect(readFileSync(services.log.file, 'utf8')).toMatch(
      /while handling workspace\.close\nTypeError: boom\n\s+at /,
    );
    const invalidResponse = await dispatcher.invoke('workspace.backup', { path: '/backup.peerdesk' }, en);
    expect(invalidResponse).toMatchObject({ ok: false, code: 'errors.internal' });
    expect(!invalidResponse.ok && invalidResponse.message).toContain('response of workspace.backup: bytes');
  });
});
