import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fromWire, toWire } from '../../shared/contract/wire';
import { languages, type Language } from '../../shared/i18n/catalogs';
import type { Dispatcher } from '../core/registry';
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
  const maxBody = options.maxBodyBytes ?? 512 * 1024 * 1024;
  const jobs = new Map<string, AbortController>();
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: String(error) });
      else response.end();
    });
  });

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

    const [, , action, name] = url.pathname.split('/');
    if (action === 'cancel' && name) {
      jobs.get(name)?.abort();
      return sendJson(response, 200, { cancelled: jobs.has(name) });
    }
    if (action !== 'invoke' || !name) return sendJson(response, 404, { error: 'not found' });

    const body = await readBody(request, maxBody);
    if (body === null) return sendJson(response, 413, { error: 'request too large' });
    let envelope: { request?: unknown; jobId?: unknown; language?: unknown };
    try {
      envelope = JSON.parse(body.toString('utf8')) as typeof envelope;
    } catch {
      return sendJson(response, 400, { error: 'body is not JSON' });
    }
    const language: Language = languages.find((lang) => lang === envelope.language) ?? 'en';
    const jobId = typeof envelope.jobId === 'string' ? envelope.jobId : randomBytes(8).toString('hex');
    const controller = new AbortController();
    jobs.set(jobId, controller);
    response.writeHead(200, {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'cache-control': 'no-store',
    });
    try {
      const result = await options.dispatcher.invokeRaw(
        decodeURIComponent(name),
        fromWire(envelope.request),
        {
          language,
          signal: controller.signal,
          onProgress: (progress) => response.write(`${JSON.stringify({ type: 'progress', progress })}\n`),
        },
      );
      response.end(`${JSON.stringify({ type: 'result', result: toWire(result) })}\n`);
    } finally {
      jobs.delete(jobId);
    }
  }

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    const root = path.resolve(options.staticDir);
    const wanted = pathname === '/' ? '/index.html' : decodeURIComponent(pathname);
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

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.destroy();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
