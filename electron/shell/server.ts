import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fromWire, toWire } from '../../shared/contract/wire';
import { languages, type Language } from '../../shared/i18n/catalogs';
import type { Dispatcher } from '../core/registry';
import { MAX_TABLE_BYTES } from '../imports/source';
import { contentSecurityPolicy } from '../security/csp';
import { checkShellRequest } from '../security/shell-guard';

export interface ShellOptions {
  dispatcher: Dispatcher;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

/**
 * The largest request body the shell reads. The biggest legitimate request is the largest single
 * file a channel takes as bytes — an application or reviewer table of up to MAX_TABLE_BYTES
 * (100 MiB) — sent as base64 in JSON (×4/3), plus a margin for the rest of the request. A larger
 * body is refused with 413 before it is read: the browser shell posts the bytes of files the
 * officer picks, so more files than fit in one request must go in smaller groups, or by path from
 * the CLI or the desktop app (`merge.importFiles`, imports from a folder).
 */
export const MAX_SHELL_BODY_BYTES = Math.ceil(MAX_TABLE_BYTES / 3) * 4 + 32 * 1024 * 1024;

/**
 * Connection time limits: a client gets HEADERS_TIMEOUT_MS to send its request line and headers
 * and REQUEST_TIMEOUT_MS to send the whole request (not to wait for the answer: a merge may run
 * longer), and an idle keep-alive connection is closed after KEEP_ALIVE_TIMEOUT_MS. Node checks
 * the first two every CONNECTIONS_CHECK_MS, so a slow or stalled client is dropped within
 * timeout + check interval and cannot hold connections open (slowloris).
 */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 120_000;
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
const CONNECTIONS_CHECK_MS = 1_000;

/** A refusal of the request itself (not of the use case), sent as `{ error, code, params }`. */
class ShellRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }
}

export interface RunningShell {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * The browser shell: the built renderer and the same handlers as Electron's IPC, on 127.0.0.1 only.
 * API responses are NDJSON: zero or more `{"type":"progress"}` lines, then one `{"type":"result"}`.
 */
export async function startShell(options: ShellOptions): Promise<RunningShell> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? MAX_SHELL_BODY_BYTES;
  const jobs = new Map<string, AbortController>();
  let port = 0;

  const server = createServer(
    {
      headersTimeout: HEADERS_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      connectionsCheckingInterval: CONNECTIONS_CHECK_MS,
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        if (response.headersSent) response.end();
        else if (error instanceof ShellRefusal) {
          sendJson(response, error.status, { error: error.message, code: error.code, params: error.params });
        } else sendJson(response, 500, { error: String(error) });
      });
    },
  );

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');
    const verdict = checkShellRequest(
      {
        host: request.headers.host,
        origin: request.headers.origin,
        token: headerValue(request, 'x-peerdesk-token'),
      },
      { port, token },
      isApi,
    );
    if (!verdict.allowed) return sendJson(response, verdict.status, { error: verdict.reason });
    if (!isApi) return serveStatic(url.pathname, response);
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'POST only' });

    const [, , action, encodedName] = url.pathname.split('/');
    const name = encodedName === undefined ? undefined : decodePathPart(encodedName);
    if (action === 'cancel' && name) {
      jobs.get(name)?.abort();
      return sendJson(response, 200, { cancelled: jobs.has(name) });
    }
    if (action !== 'invoke' || !name) return sendJson(response, 404, { error: 'not found' });

    const envelope = parseEnvelope(await readBody(request, maxBody));
    const language: Language = languages.find((lang) => lang === envelope.language) ?? 'en';
    const jobId = typeof envelope.jobId === 'string' ? envelope.jobId : randomBytes(8).toString('hex');
    const controller = new AbortController();
    jobs.set(jobId, controller);
    response.writeHead(200, {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'cache-control': 'no-store',
    });
    try {
      const result = await options.dispatcher.invokeRaw(name, fromWire(envelope.request), {
        language,
        signal: controller.signal,
        onProgress: (progress) => response.write(`${JSON.stringify({ type: 'progress', progress })}\n`),
      });
      response.end(`${JSON.stringify({ type: 'result', result: toWire(result) })}\n`);
    } finally {
      jobs.delete(jobId);
    }
  }

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    const root = path.resolve(options.staticDir);
    const wanted = pathname === '/' ? '/index.html' : decodePathPart(pathname);
    const file = path.resolve(root, `.${wanted}`);
    if (!file.startsWith(root + path.sep)) return sendJson(response, 404, { error: 'not found' });
    try {
      const content = await readFile(file);
      response.writeHead(200, {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      });
      response.end(content);
    } catch {
      sendJson(response, 404, { error: 'not found' });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const job of jobs.values()) job.abort();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** A percent-decoded path part; a malformed escape is the client's error (400), not ours. */
function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new ShellRefusal(400, `malformed percent-encoding in “${part.slice(0, 200)}”`);
  }
}

interface InvokeEnvelope {
  request?: unknown;
  jobId?: unknown;
  language?: unknown;
}

/** The body of /api/invoke: a JSON object (`{ request, jobId?, language? }`), else 400. */
function parseEnvelope(body: Buffer): InvokeEnvelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new ShellRefusal(400, 'body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ShellRefusal(400, 'body must be a JSON object: { "request": … }');
  return parsed;
}

/**
 * The request body, refused with 413 when it is larger than `limit`: at once when its declared
 * length says so, else as soon as the bytes received pass it. Never holds more than `limit`
 * bytes; the rest of a refused body is read and dropped (Node does so once the 413 is sent) so
 * the client sees the answer, and REQUEST_TIMEOUT_MS bounds how long that may take.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () =>
    new ShellRefusal(
      413,
      `request larger than ${limit} bytes; send fewer files at once or import them by path`,
      'errors.requestTooLarge',
      { limitMb: Math.floor(limit / (1024 * 1024)) },
    );
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] | null = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      if (chunks === null) return;
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      chunks = null;
      reject(tooLarge());
    });
    request.on('end', () => {
      if (chunks) resolve(Buffer.concat(chunks, size));
    });
    request.on('error', reject);
  });
}
