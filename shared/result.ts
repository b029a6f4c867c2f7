import type { ErrorParams } from './errors';

export type Ok<T> = { ok: true; value: T };
/**
 * A refusal; `code` is its i18n key. Refusals made in this process carry a catalog key
 * (`Err<MessageKey>`); codes read off a wire stay plain strings.
 */
export type Err<Code extends string = string> = {
  ok: false;
  code: Code;
  message: string;
  params?: ErrorParams;
};
export type Result<T, Code extends string = string> = Ok<T> | Err<Code>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
