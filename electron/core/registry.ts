import type { z } from 'zod';
import { storageRefusal } from '../../db/sqlite-errors';
import {
  contract,
  isChannelName,
  type ChannelName,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract';
import type { Progress } from '../../shared/contract/progress';
import { AppError, isAppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import type { Result } from '../../shared/result';
import type { HandlerContext, Services } from './context';
import type { Session } from './session';

export type Handler<C extends ChannelName> = (
  request: ParsedRequestOf<C>,
  context: HandlerContext,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

export type HandlerMap = { [C in ChannelName]?: Handler<C> };
type CompleteHandlerMap = { [C in ChannelName]: Handler<C> };

/** Joins the handler maps of every area; a channel registered twice is a programming error. */
export function mergeHandlers(...maps: HandlerMap[]): HandlerMap {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Handler for ${name} registered twice`);
      merged[name] = handler;
    }
  }
  return merged as HandlerMap;
}

export function missingHandlers(map: HandlerMap): ChannelName[] {
  return (Object.keys(contract) as ChannelName[]).filter((name) => !Object.hasOwn(map, name));
}

export interface InvokeExtras {
  language: Language;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

export interface Dispatcher {
  invoke(channel: string, rawRequest: unknown, extras: InvokeExtras): Promise<Result<unknown>>;
  readonly session: Session;
  readonly services: Services;
}

/**
 * The one door every transport goes through: it validates the request, runs the handler, validates
 * the response, and turns every failure into `{ ok: false, code, message }`. Nothing throws past it.
 */
export function createDispatcher(handlers: HandlerMap, services: Services, session: Session): Dispatcher {
  const missing = missingHandlers(handlers);
  if (missing.length > 0) throw new Error(`No handler for: ${missing.join(', ')}`);
  const complete = handlers as CompleteHandlerMap;

  async function invoke(
    channel: string,
    rawRequest: unknown,
    extras: InvokeExtras,
  ): Promise<Result<unknown>> {
    const fail = (error: AppError): Result<unknown> => {
      // errors.internal always says where its stack was logged, whoever raised it.
      const params =
        error.code === 'errors.internal' ? { ...error.params, log: services.log.file } : error.params;
      return { ok: false, code: error.code, message: translate(extras.language, error.code, params), params };
    };
    if (!isChannelName(channel)) return fail(new AppError('errors.unknownChannel', { channel }));
    const spec = contract[channel];
    const parsed = spec.request.safeParse(rawRequest ?? {});
    if (!parsed.success)
      return fail(new AppError('errors.invalidRequest', { detail: describeIssues(parsed.error) }));
    const context: HandlerContext = {
      services,
      session,
      language: extras.language,
      progress: extras.onProgress ?? (() => undefined),
      signal: extras.signal ?? new AbortController().signal,
    };
    try {
      const handler = complete[channel] as Handler<ChannelName>;
      const value = await handler(parsed.data as never, context);
      const checked = spec.response.safeParse(value);
      if (!checked.success) {
        return fail(
          new AppError('errors.internal', {
            detail: `response of ${channel}: ${describeIssues(checked.error)}`,
          }),
        );
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (isAppError(error)) return fail(error);
      const refusal = storageRefusal(error);
      if (refusal) return fail(refusal);
      services.log.error(`while handling ${channel}`, error);
      return fail(
        new AppError('errors.internal', { detail: error instanceof Error ? error.message : String(error) }),
      );
    }
  }

  return { invoke, session, services };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
