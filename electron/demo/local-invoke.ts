import { contract, type ChannelName, type RequestOf, type ResponseOf } from '../../shared/contract';
import type { Progress } from '../../shared/contract/progress';
import { AppError } from '../../shared/errors';
import type { HandlerContext } from '../core/context';
import type { Handler, HandlerMap } from '../core/registry';

export type LocalInvoke = <C extends ChannelName>(
  channel: C,
  request: RequestOf<C>,
  onProgress?: (progress: Progress) => void,
) => Promise<ResponseOf<C>>;

/**
 * Calls other areas' handlers from inside a use case, as the dispatcher would: the request and the
 * response are validated against the contract, and the caller's session, services, language and
 * cancel signal are passed on. A refusal is thrown as the AppError it was.
 */
export function localInvoker(handlers: HandlerMap, ctx: HandlerContext): LocalInvoke {
  return async (channel, request, onProgress) => {
    const handler = handlers[channel] as Handler<typeof channel> | undefined;
    if (!handler) throw new AppError('errors.unknownChannel', { channel });
    const spec = contract[channel];
    const parsed = spec.request.safeParse(request);
    if (!parsed.success)
      throw new AppError('errors.invalidRequest', { detail: `${channel}: ${parsed.error.message}` });
    const value = await handler(parsed.data as never, { ...ctx, progress: onProgress ?? (() => undefined) });
    return spec.response.parse(value) as ResponseOf<typeof channel>;
  };
}
