import type { PeerdeskApi } from '../shared/contract';
import { createApp } from '../electron/app';
import type { Dispatcher } from '../electron/core/registry';
import { tempDir, testServices } from './temp';

/**
 * For component tests: the renderer's API backed by the real dispatcher and a real SQLite file in
 * a temp folder, exactly what the doors do minus the transport.
 */
export function realApi(): { api: PeerdeskApi; dispatcher: Dispatcher; dataDir: string } {
  const dataDir = tempDir('peerdesk-dom-');
  const dispatcher = createApp(testServices(dataDir, { door: 'browser' }));
  const api = {
    invoke: (channel, request, options) =>
      dispatcher.invoke(channel, request, {
        language: 'en',
        onProgress: options?.onProgress,
        signal: options?.signal,
      }),
  } as PeerdeskApi;
  return { api, dispatcher, dataDir };
}
