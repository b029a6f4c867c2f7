import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../shared/i18n/catalogs';
import { languageFromLocale } from '../../shared/i18n/translate';
import { appRoot } from './app-root';
import type { Services } from './context';
import { fileLog, logDir } from './log';

export function appVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** Where Peerdesk keeps its own files when the door does not say (Electron passes app.getPath). */
export function defaultDataDir(): string {
  if (process.env.PEERDESK_DATA_DIR) return path.resolve(process.env.PEERDESK_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? home, 'Peerdesk');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Peerdesk');
  return path.join(process.env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'peerdesk');
}

export function systemServices(options: {
  door: Services['door'];
  dataDir?: string;
  version?: string;
  systemLanguage?: Language;
}): Services {
  const dataDir = options.dataDir ?? defaultDataDir();
  return {
    now: () => new Date(),
    randomBytes: (length) => new Uint8Array(randomBytes(length)),
    dataDir,
    log: fileLog(logDir(dataDir)),
    appVersion: options.version ?? appVersion(),
    door: options.door,
    systemLanguage:
      options.systemLanguage ??
      languageFromLocale(process.env.LANG ?? Intl.DateTimeFormat().resolvedOptions().locale),
  };
}
