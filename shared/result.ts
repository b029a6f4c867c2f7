import type { ErrorParams } from './errors';

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; code: string; message: string; params?: ErrorParams };
export type Result<T> = Ok<T> | Err;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
