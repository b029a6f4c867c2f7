import type { PeerdeskApi } from '../shared/contract';
import { createApp } from '../electron/app';
import type { Dispatcher } from '../electron/core/registry';
import type { Services } from '../electron/core/context';
import { tempDir, testServices } from './temp';

/**
 * For component tests: the renderer's API backed by the real dispatcher and a real SQLite file in
 * a temp folder, exactly what the doors do minus the transport.
 */
/** `services` adjusts the app, e.g. `requireKeyProtection` for a door without an OS key store. */
export function realApi(services: Partial<Services> = {}): {
  api: PeerdeskApi;
  dispatcher: Dispatcher;
  dataDir: string;
} {
  const dataDir = tempDir('peerdesk-dom-');
  const dispatcher = createApp(testServices(dataDir, { door: 'browser', ...services }));
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
