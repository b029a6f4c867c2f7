/**
 * Memory bound of the browser shell (issue 9): no input makes the shell's peak RSS exceed
 * 4 × the input's size + 200 MB. The shell runs in a child process so its peak RSS
 * (process.resourceUsage().maxRSS) is its own; each case gets a fresh child. The child is bundled
 * once with esbuild, so the figure is the app's and not a TypeScript loader's.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleProbe } from '../../test/support/bundle-probe';
import { tempDir } from '../../test/temp';
import { HEADERS_TIMEOUT_MS, MAX_SHELL_BODY_BYTES } from './server';

const MB = 1024 * 1024;
const root = path.resolve(import.meta.dirname, '../..');
const bundledProbe = path.join(tempDir(), 'shell-rss-probe.mjs');

beforeAll(() => bundleProbe(path.join(root, 'test/support/shell-rss-probe.ts'), bundledProbe), 120_000);

interface Probe {
  port: number;
  token: string;
  maxRss: () => Promise<number>;
  stop: () => void;
}

function lines(child: ChildProcessWithoutNullStreams): () => Promise<string> {
  let buffer = '';
  const waiting: ((line: string) => void)[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    for (let newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n')) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      waiting.shift()?.(line);
    }
  });
  return () => new Promise((resolve) => waiting.push(resolve));
}

async function startProbe(): Promise<Probe> {
  const child = spawn(process.execPath, [bundledProbe, tempDir()], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const next = lines(child);
  const first = await Promise.race([
    next(),
    new Promise<never>((_, reject) => child.once('exit', () => reject(new Error(`child exited: ${errors}`)))),
  ]);
  const { port, token } = JSON.parse(first) as { port: number; token: string };
  return {
    port,
    token,
    maxRss: async () => {
      const answer = next();
      child.stdin.write('rss\n');
      return (JSON.parse(await answer) as { maxRssBytes: number }).maxRssBytes;
    },
    stop: () => child.kill(),
  };
}

/** Posts `total` bytes to /api/invoke in 1 MiB chunks, with or without a Content-Length. */
function postLarge(probe: Probe, total: number, declareLength: boolean) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers: Record<string, string | number> = {
      host: `127.0.0.1:${probe.port}`,
      'x-peerdesk-token': probe.token,
      'content-type': 'application/json',
    };
    if (declareLength) headers['content-length'] = total;
    const req = httpRequest(
      { host: '127.0.0.1', port: probe.port, method: 'POST', path: '/api/invoke/app.info', headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(MB, 0x61);
    let sent = 0;
    const write = () => {
      while (sent < total) {
        const part = chunk.subarray(0, Math.min(MB, total - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

function bound(inputBytes: number): number {
  return 4 * inputBytes + 200 * 1000 * 1000;
}

describe('browser shell memory bound', () => {
  let probe: Probe | undefined;
  afterEach(() => probe?.stop());

  it('refuses a body over the cap with 413 and stays under 4 × its size + 200 MB', async () => {
    probe = await startProbe();
    const size = MAX_SHELL_BODY_BYTES + 16 * MB;
    const streamed = await postLarge(probe, size, false);
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ code: 'errors.requestTooLarge' });
    const declared = await postLarge(probe, size, true);
    expect(declared.status).toBe(413);
    const peak = await probe.maxRss();
    console.info(
      `shell peak RSS after two ${(size / MB).toFixed(0)} MiB bodies: ${(peak / MB).toFixed(0)} MiB`,
    );
    expect(peak).toBeLessThan(bound(size));
  }, 120_000);

  it('drops 300 slowloris connections after the header timeout and stays under 200 MB', async () => {
    probe = await startProbe();
    const port = probe.port;
    let sentBytes = 0;
    const opened = Date.now();
    const closedAt: number[] = [];
    const sockets: Socket[] = [];
    for (let i = 0; i < 300; i += 1) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      socket.once('close', () => closedAt.push(Date.now() - opened));
      const head = `POST /api/invoke/app.info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`;
      socket.write(head);
      sentBytes += head.length;
      sockets.push(socket);
    }
    // Keep every connection trickling one header line a second, as a slowloris client does.
    const trickle = setInterval(() => {
      for (const socket of sockets) {
        if (socket.destroyed) continue;
        socket.write('X-a: b\r\n');
        sentBytes += 8;
      }
    }, 1000);
    try {
      const deadline = HEADERS_TIMEOUT_MS + 45_000;
      while (closedAt.length < sockets.length && Date.now() - opened < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      clearInterval(trickle);
      for (const socket of sockets) socket.destroy();
    }
    expect(closedAt).toHaveLength(300);
    expect(Math.max(...closedAt)).toBeLessThan(HEADERS_TIMEOUT_MS + 45_000);
    const peak = await probe.maxRss();
    console.info(
      `slowloris: 300 connections closed by the shell after ≤ ${Math.max(...closedAt)} ms; peak RSS ${(peak / MB).toFixed(0)} MiB`,
    );
    expect(peak).toBeLessThan(bound(sentBytes));
  }, 120_000);
});
