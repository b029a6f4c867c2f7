import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Services } from '../electron/core/context';
import { fileLog, logDir } from '../electron/core/log';

/** A fresh folder under the system temp dir for one test's files. */
export function tempDir(prefix = 'peerdesk-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Services with a fixed clock and counter-based bytes, so handler output is reproducible. */
export function testServices(dataDir: string, overrides: Partial<Services> = {}): Services {
  let counter = 0;
  return {
    now: () => new Date('2026-11-27T09:00:00.000Z'),
    randomBytes: (length) => {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i += 1) bytes[i] = (counter * 31 + i * 7 + 13) & 0xff;
      counter += 1;
      return bytes;
    },
    dataDir,
    log: fileLog(logDir(dataDir)),
    appVersion: '0.0.0-test',
    door: 'cli',
    systemLanguage: 'en',
    ...overrides,
  };
}
