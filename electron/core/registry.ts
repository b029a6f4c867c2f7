import { storageRefusal } from '../../db/sqlite-errors';
import {
  contract,
  isChannelName,
  type ChannelName,
  type ParsedRequestOf,
  type RequestOf,
  type ResponseOf,
} from '../../shared/contract';
import { checkResponse, describeIssues, typedContract } from '../../shared/contract/typed-contract';
import type { Progress } from '../../shared/contract/progress';
import { AppError, isAppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import type { MessageKey } from '../../shared/i18n/message-key';
import type { Err, Result } from '../../shared/result';
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
  /** For callers inside the process (CLI, demo, tests): the compiler checks channel and request. */
  invoke<C extends ChannelName>(
    channel: C,
    request: RequestOf<C>,
    extras: InvokeExtras,
  ): Promise<Result<ResponseOf<C>, MessageKey>>;
  /**
   * For the doors that receive raw input from outside the process (Electron IPC, the browser shell):
   * the channel name and request are unknown until checked here.
   */
  invokeRaw(channel: string, rawRequest: unknown, extras: InvokeExtras): Promise<Result<unknown>>;
  /**
   * For a door that names a known channel but passes a request from outside (JSON typed on the
   * command line): the request is checked here, and the response has the channel's type.
   */
  invokeRawRequest<C extends ChannelName>(
    channel: C,
    rawRequest: unknown,
    extras: InvokeExtras,
  ): Promise<Result<ResponseOf<C>, MessageKey>>;
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

  async function dispatch<C extends ChannelName>(
    channel: C,
    rawRequest: unknown,
    extras: InvokeExtras,
  ): Promise<Result<ResponseOf<C>, MessageKey>> {
    const fail = (error: AppError): Err<MessageKey> => refusal(error, extras.language, services.log.file);
    // Checked at run time too: a caller outside the compiler's view may still pass any name.
    if (!isChannelName(channel)) return fail(new AppError('errors.unknownChannel', { channel }));
    const parsed = typedContract[channel].request.safeParse(rawRequest ?? {});
    if (!parsed.success)
      return fail(new AppError('errors.invalidRequest', { detail: describeIssues(parsed.error) }));
    const passphraseProtector = session.passphraseProtector;
    const context: HandlerContext = {
      // The session's unlocked office passphrase reaches the key store with the call's services.
      services: passphraseProtector ? { ...services, passphraseProtector } : services,
      session,
      language: extras.language,
      progress: extras.onProgress ?? (() => undefined),
      signal: extras.signal ?? new AbortController().signal,
    };
    try {
      const handler: Handler<C> = complete[channel];
      const value = await handler(parsed.data, context);
      const checked = checkResponse(channel, value);
      if (!checked.ok) {
        return fail(new AppError('errors.internal', { detail: `response of ${channel}: ${checked.detail}` }));
      }
      return checked;
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

  function invokeRaw(channel: string, rawRequest: unknown, extras: InvokeExtras): Promise<Result<unknown>> {
    return isChannelName(channel)
      ? dispatch(channel, rawRequest, extras)
      : Promise.resolve(
          refusal(new AppError('errors.unknownChannel', { channel }), extras.language, services.log.file),
        );
  }

  return { invoke: dispatch, invokeRaw, invokeRawRequest: dispatch, session, services };
}

function refusal(error: AppError, language: Language, logFile: string): Err<MessageKey> {
  // errors.internal always says where its stack was logged, whoever raised it.
  const params = error.code === 'errors.internal' ? { ...error.params, log: logFile } : error.params;
  return { ok: false, code: error.code, message: translate(language, error.code, params), params };
}
