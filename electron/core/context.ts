import type { Progress } from '../../shared/contract/progress';
import type { Language } from '../../shared/i18n/catalogs';
import type { AppLog } from './log';
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
  /** Protects private keys at rest with the OS key store (Electron's safeStorage on the desktop). */
  keyProtector?: KeyProtector;
  /**
   * The session's office passphrase once unlocked (`keys.unlock`); the dispatcher sets it per call
   * from the Session, so a door never holds it in its services.
   */
  passphraseProtector?: KeyProtector;
  /**
   * Set by the doors Peerdesk ships: office keys are never made unprotected. Without an OS key store
   * the office passphrase must be set and unlocked first (`keys.errors.passphraseRequired`).
   */
  requireKeyProtection?: boolean;
  /** Stacks of unexpected failures (errors.internal) go here; its file is shown to the user. */
  log: AppLog;
  /** How long a workspace write waits for another process's lock; default 5 s. */
  busyTimeoutMs?: number;
}

/** Encrypts a private key for storage and back; `kind` is recorded next to the stored key. */
export interface KeyProtector {
  readonly kind: 'none' | 'safe-storage' | 'passphrase';
  protect(secret: Uint8Array): Uint8Array;
  unprotect(stored: Uint8Array): Uint8Array;
}

export interface HandlerContext {
  services: Services;
  session: Session;
  language: Language;
  progress: (progress: Progress) => void;
  signal: AbortSignal;
}
