import { act, renderHook, waitFor } from '@testing-library/react';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeerdeskApi } from '../../shared/contract';
import { expectOk } from '../../test/support/dispatch';
import { realApi } from '../../test/dom-api';
import { setApi } from './api';
import { useAction, useChannel } from './use-channel';

let backend: ReturnType<typeof realApi>;

/** An office with two calls, so that two requests of one channel have different answers. */
beforeAll(async () => {
  backend = realApi();
  const { dispatcher, dataDir } = backend;
  await expectOk(dispatcher, 'workspace.create', {
    name: 'Office',
    role: 'office',
    path: path.join(dataDir, 'office.sqlite'),
  });
  for (const code of ['JQ-2026', 'MS-2026']) {
    await expectOk(dispatcher, 'calls.create', {
      template: 'jieqing-lump-sum',
      code,
      title: { zh: code, en: code },
    });
  }
});

/** The real API, with the answers to requests for `held` kept back until `release()`. */
function holdingApi(held: string) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const api: PeerdeskApi = {
    invoke: async (channel, request, options) => {
      const answer = await backend.api.invoke(channel, request, options);
      if (JSON.stringify(request).includes(held)) await gate;
      return answer;
    },
  };
  return { api, release: () => release() };
}

describe('useChannel', () => {
  it('asks nothing for a null request, reads once one is given, and reload() answers the new value', async () => {
    setApi(backend.api);
    const { result, rerender } = renderHook(
      ({ callId }: { callId: string | null }) => useChannel('calls.get', callId === null ? null : { callId }),
      { initialProps: { callId: null as string | null } },
    );
    expect(result.current.loading).toBe(false);
    expect(result.current.value).toBeNull();
    rerender({ callId: 'JQ-2026' });
    await waitFor(() => expect(result.current.value?.call.code).toBe('JQ-2026'));
    let reloaded: Awaited<ReturnType<typeof result.current.reload>> = null;
    await act(async () => {
      reloaded = await result.current.reload();
    });
    expect(reloaded).toMatchObject({ call: { code: 'JQ-2026' } });
  });

  it('drops an answer to an older request that arrives after the newer one', async () => {
    const { api, release } = holdingApi('JQ-2026');
    setApi(api);
    const { result, rerender } = renderHook(
      ({ callId }: { callId: string }) => useChannel('calls.get', { callId }),
      {
        initialProps: { callId: 'JQ-2026' },
      },
    );
    rerender({ callId: 'MS-2026' });
    await waitFor(() => expect(result.current.value?.call.code).toBe('MS-2026'));
    await act(async () => {
      release();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(result.current.value?.call.code).toBe('MS-2026');
  });

  it('keeps a refusal in error, and clears it on the next good answer', async () => {
    setApi(backend.api);
    const { result, rerender } = renderHook(
      ({ callId }: { callId: string }) => useChannel('calls.get', { callId }),
      {
        initialProps: { callId: 'NO-SUCH-CALL' },
      },
    );
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.value).toBeNull();
    rerender({ callId: 'MS-2026' });
    await waitFor(() => expect(result.current.value?.call.code).toBe('MS-2026'));
    expect(result.current.error).toBeNull();
  });
});

describe('useAction', () => {
  it('is busy while its call runs, answers the value, and holds a refusal instead of throwing', async () => {
    const { api, release } = holdingApi('JQ-2026');
    setApi(api);
    const { result } = renderHook(() => useAction());
    let running: Promise<unknown> = Promise.resolve();
    act(() => {
      running = result.current.run('calls.get', { callId: 'JQ-2026' });
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      release();
      await running;
    });
    expect(result.current.busy).toBe(false);
    await expect(running).resolves.toMatchObject({ call: { code: 'JQ-2026' } });
    let refused: unknown = 'not run';
    await act(async () => {
      refused = await result.current.run('calls.get', { callId: 'NO-SUCH-CALL' });
    });
    expect(refused).toBeNull();
    expect(result.current.error?.ok).toBe(false);
  });
});
