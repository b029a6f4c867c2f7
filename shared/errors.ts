/**
 * Every refusal that can reach a user carries a stable code that IS its i18n key path in the
 * catalogs (e.g. `errors.invalidRequest`, `bundle.errors.signatureInvalid`) plus the parameters the
 * translated text interpolates. The message on the wire is rendered in the caller's language at the
 * boundary; the code stays stable for programs.
 */
import type { MessageKey } from './i18n/message-key';

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  /** A key of the English catalog: a code without a message fails tsc. */
  readonly code: MessageKey;
  readonly params: ErrorParams;

  constructor(code: MessageKey, params: ErrorParams = {}, cause?: unknown) {
    super(`${code} ${JSON.stringify(params)}`, cause === undefined ? undefined : { cause });
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
