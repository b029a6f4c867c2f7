import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import type { Progress } from '../../shared/contract/progress';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/catalogs';
import type { Dispatcher } from './registry';

/** A typed call through a dispatcher that returns the value or throws the refusal as its AppError. */
export type Call = <C extends ChannelName>(
  channel: C,
  request: RequestOf<C>,
  onProgress?: (progress: Progress) => void,
) => Promise<ResponseOf<C>>;

/**
 * For in-process callers (the demo, simulated reviewers): every call goes through the dispatcher,
 * so requests and responses are validated in one place, exactly as for the doors.
 */
export function callThrough(
  dispatcher: Dispatcher,
  options: { language: Language; signal?: AbortSignal },
): Call {
  return async (channel, request, onProgress) => {
    const result = await dispatcher.invoke(channel, request, {
      language: options.language,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    if (!result.ok) throw new AppError(result.code, result.params ?? {});
    return result.value;
  };
}
