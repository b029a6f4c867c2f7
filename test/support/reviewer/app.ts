/**
 * A reviewer-side app for tests and benches: the real dispatcher with every handler, on a temp
 * data folder, with a fixed clock that the test can move.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import type { Services } from '../../../electron/core/context';
import { createApp } from '../../../electron/app';
import type { Dispatcher } from '../../../electron/core/registry';
import { seededByteSource } from '../../../shared/random/bytes';
import { fileLog, logDir } from '../../../electron/core/log';

export interface ReviewerTestApp {
  dispatcher: Dispatcher;
  dataDir: string;
  /** Moves the clock (ISO text). */
  setNow: (iso: string) => void;
  call: <C extends ChannelName>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
  /** Like `call`, but throws with the refusal's code and message when it fails. */
  ok: <C extends ChannelName>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;
}

export function reviewerTestApp(
  options: { dataDir?: string; seed?: string; services?: Partial<Services> } = {},
): ReviewerTestApp {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'peerdesk-reviewer-'));
  let now = new Date('2026-11-27T09:00:00.000Z');
  const services: Services = {
    now: () => now,
    randomBytes: seededByteSource(options.seed ?? 'reviewer-test-app'),
    dataDir,
    log: fileLog(logDir(dataDir)),
    appVersion: '0.0.0-test',
    door: 'cli',
    systemLanguage: 'en',
    ...options.services,
  };
  const dispatcher = createApp(services);
  const call = <C extends ChannelName>(channel: C, request: RequestOf<C>) =>
    dispatcher.invoke(channel, request, { language: 'en' }) as Promise<Result<ResponseOf<C>>>;
  return {
    dispatcher,
    dataDir,
    setNow: (iso) => {
      now = new Date(iso);
    },
    call,
    ok: async (channel, request) => {
      const result = await call(channel, request);
      if (!result.ok) throw new Error(`${channel}: ${result.code} ${result.message}`);
      return result.value;
    },
  };
}
