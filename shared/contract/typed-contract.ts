import { z } from 'zod';
import type { Result } from '../result';
import { contract, type ChannelName, type ParsedRequestOf, type RequestOf, type ResponseOf } from './index';

/**
 * Each channel's schemas typed by its own name. The assignment is checked key by key, so a lookup
 * with a generic channel `C` yields `C`'s request and response types without a cast.
 */
export interface TypedChannelSpec<C extends ChannelName> {
  request: z.ZodType<ParsedRequestOf<C>, RequestOf<C>>;
  response: z.ZodType<ResponseOf<C>>;
}
export const typedContract: { [C in ChannelName]: TypedChannelSpec<C> } = contract;

/** A value checked against a schema, or what was wrong with it in words. */
export type Checked<T> = { ok: true; value: T } | { ok: false; detail: string };

/**
 * Checks a response against its channel's schema: once by the dispatcher on the handler's value,
 * once by a transport on what arrives over the wire. No response schema transforms (a contract
 * test keeps it so), so the dispatcher's output is a valid input here and parsing it again is exact.
 */
export function checkResponse<C extends ChannelName>(channel: C, value: unknown): Checked<ResponseOf<C>> {
  const parsed = typedContract[channel].response.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, detail: describeIssues(parsed.error) };
}

const wireRefusalSchema = z.object({
  ok: z.literal(false),
  code: z.string().min(1),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
const wireResultSchema = z.union([z.object({ ok: z.literal(true), value: z.unknown() }), wireRefusalSchema]);

/**
 * A dispatcher's result as a transport received it (bytes already restored): a refusal passes as
 * it is, a value must match the channel's response schema.
 */
export function checkWireResult<C extends ChannelName>(
  channel: C,
  wire: unknown,
): Checked<Result<ResponseOf<C>>> {
  const envelope = wireResultSchema.safeParse(wire);
  if (!envelope.success) return { ok: false, detail: describeIssues(envelope.error) };
  if (!envelope.data.ok) return { ok: true, value: envelope.data };
  const response = checkResponse(channel, envelope.data.value);
  return response.ok ? { ok: true, value: { ok: true, value: response.value } } : response;
}

/** The first few issues of a failed parse, each as `path: message`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
