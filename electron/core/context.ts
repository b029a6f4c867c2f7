import type { Progress } from '../../shared/contract/progress';
import type { Language } from '../../shared/i18n/catalogs';
import type { Session } from './session';

/** Side effects a use case may have, passed in so every handler runs under test in plain Node. */
export interface Services {
  now: () => Date;
  randomBytes: (length: number) => Uint8Array;
  /** Folder for the app's own files: default workspaces, the recent list. */
  dataDir: string;
  appVersion: string;
  door: 'desktop' | 'browser' | 'cli';
  systemLanguage: Language;
}

export interface HandlerContext {
  services: Services;
  session: Session;
  language: Language;
  progress: (progress: Progress) => void;
  signal: AbortSignal;
}
