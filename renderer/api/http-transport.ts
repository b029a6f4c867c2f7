import type { ChannelName, InvokeOptions, PeerdeskApi, RequestOf, ResponseOf } from '../../shared/contract';
import { progressSchema } from '../../shared/contract/progress';
import { fromWire, toWire } from '../../shared/contract/wire';
import type { Language } from '../../shared/i18n/catalogs';
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
        if (!response.ok || !response.body) return await refusalOf(response);
        return await readResult<ResponseOf<C>>(response.body, options);
      } catch (error) {
        return transportError(String(error));
      } finally {
        options.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}

async function readResult<T>(body: ReadableStream<Uint8Array>, options: InvokeOptions): Promise<Result<T>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = JSON.parse(buffer.slice(0, newline)) as {
        type: string;
        progress?: unknown;
        result?: unknown;
      };
      buffer = buffer.slice(newline + 1);
      if (line.type === 'result') return fromWire(line.result) as Result<T>;
      const progress = progressSchema.safeParse(line.progress);
      if (progress.success) options.onProgress?.(progress.data);
      newline = buffer.indexOf('\n');
    }
    if (done) return transportError('connection closed early');
  }
}

/** The shell's own refusal (`{ error, code?, params? }`, e.g. 413 errors.requestTooLarge) as an Err. */
async function refusalOf(response: Response): Promise<Err> {
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
  return transportError(`HTTP ${response.status}`);
}

function transportError(detail: string): Err {
  return { ok: false, code: 'errors.transport', message: detail, params: { detail } };
}
