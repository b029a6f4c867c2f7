import type { PeerdeskBridge } from '../../shared/contract/bridge';
import type { ChannelName, InvokeOptions, PeerdeskApi, RequestOf, ResponseOf } from '../../shared/contract';
import type { Progress } from '../../shared/contract/progress';
import type { Language } from '../../shared/i18n/catalogs';
import type { Result } from '../../shared/result';

/** The desktop side of the door: the preload bridge, with progress routed back to each call. */
export function ipcApi(bridge: PeerdeskBridge, language: () => Language): PeerdeskApi {
  const listeners = new Map<string, (progress: Progress) => void>();
  bridge.onProgress((jobId, progress) => listeners.get(jobId)?.(progress));
  let jobCounter = 0;
  return {
    async invoke<C extends ChannelName>(
      channel: C,
      request: RequestOf<C>,
      options: InvokeOptions = {},
    ): Promise<Result<ResponseOf<C>>> {
      const jobId = `job-${(jobCounter += 1)}`;
      if (options.onProgress) listeners.set(jobId, options.onProgress);
      const onAbort = () => bridge.cancel(jobId);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        return await bridge.invoke(channel, request, jobId, language());
      } finally {
        listeners.delete(jobId);
        options.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
