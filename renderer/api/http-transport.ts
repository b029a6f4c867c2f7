import type { ChannelName, InvokeOptions, PeerdeskApi, RequestOf, ResponseOf } from '../../shared/contract';
import { progressSchema } from '../../shared/contract/progress';
import { checkWireResult } from '../../shared/contract/typed-contract';
import { fromWire, toWire } from '../../shared/contract/wire';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import type { Err, Result } from '../../shared/result';

/** The browser shell's side of the door: NDJSON over fetch, with this run's token on every call. */
export function httpApi(token: string, language: () => Language): PeerdeskApi {
  let jobCounter = 0;
  return {
    async invoke<C extends ChannelName>(
      channel: C,
      request: RequestOf<C>,
      options: InvokeOptions = {},
    ): Promise<Result<ResponseOf<C>>> {
      const jobId = `job-${Date.now().toString(36)}-${(jobCounter += 1)}`;
      const headers = { 'content-type': 'application/json', 'x-peerdesk-token': token };
      const onAbort = () => {
        void fetch(`/api/cancel/${jobId}`, { method: 'POST', headers });
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const response = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ request: toWire(request), jobId, language: language() }),
        });
        if (!response.ok || !response.body) return await refusalOf(response, language());
        return await readResult(channel, response.body, options, language());
      } catch (error) {
        return transportError(String(error), language());
      } finally {
        options.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}

/**
 * Reads the shell's NDJSON lines up to the result, which is checked against the channel's response
 * schema: an answer the window cannot read is refused here, never passed on to a screen.
 */
async function readResult<C extends ChannelName>(
  channel: C,
  body: ReadableStream<Uint8Array>,
  options: InvokeOptions,
  language: Language,
): Promise<Result<ResponseOf<C>>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line: unknown = JSON.parse(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      if (typeof line !== 'object' || line === null || !('type' in line)) {
        return invalidResponse(channel, 'not a line of the shell', language);
      }
      if (line.type === 'result') {
        const checked = checkWireResult(channel, 'result' in line ? fromWire(line.result) : undefined);
        return checked.ok ? checked.value : invalidResponse(channel, checked.detail, language);
      }
      const progress = progressSchema.safeParse('progress' in line ? line.progress : undefined);
      if (progress.success) options.onProgress?.(progress.data);
      newline = buffer.indexOf('\n');
    }
    if (done) return transportError('connection closed early', language);
  }
}

/** The shell's own refusal (`{ error, code?, params? }`, e.g. 413 errors.requestTooLarge) as an Err. */
async function refusalOf(response: Response, language: Language): Promise<Err> {
  const body: unknown = await response.json().catch(() => null);
  if (typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string') {
    const params: Record<string, string | number> = {};
    if ('params' in body && typeof body.params === 'object' && body.params !== null) {
      for (const [key, value] of Object.entries(body.params)) {
        if (typeof value === 'string' || typeof value === 'number') params[key] = value;
      }
    }
    const message = 'error' in body && typeof body.error === 'string' ? body.error : body.code;
    return { ok: false, code: body.code, message, params };
  }
  return transportError(`HTTP ${response.status}`, language);
}

function transportError(detail: string, language: Language): Err {
  const params = { detail };
  return {
    ok: false,
    code: 'errors.transport',
    message: translate(language, 'errors.transport', params),
    params,
  };
}

function invalidResponse(channel: ChannelName, detail: string, language: Language): Err {
  const params = { channel, detail };
  return {
    ok: false,
    code: 'errors.invalidResponse',
    message: translate(language, 'errors.invalidResponse', params),
    params,
  };
}
