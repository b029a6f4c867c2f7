import type { PeerdeskApi } from '../../shared/contract';
import type { PeerdeskBridge } from '../../shared/contract/bridge';
import { withPassphrasePrompt } from '../components/keys/passphrase-prompt';
import { currentLanguage } from '../i18n/i18n';
import { httpApi } from './http-transport';
import { ipcApi } from './ipc-transport';

declare global {
  interface Window {
    peerdesk?: PeerdeskBridge;
  }
}

const TOKEN_KEY = 'peerdesk.token';

/**
 * Picks the door the renderer runs behind: Electron's preload bridge when present, otherwise the
 * browser shell, whose token arrives once in the URL and is then kept for the tab's lifetime.
 */
function connect(): PeerdeskApi {
  if (window.peerdesk) return ipcApi(window.peerdesk, currentLanguage);
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return httpApi(fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '', currentLanguage);
}

let instance: PeerdeskApi | undefined;

export function api(): PeerdeskApi {
  instance ??= withPassphrasePrompt(connect());
  return instance;
}

/** Tests install a real dispatcher-backed API here instead of a transport. */
export function setApi(next: PeerdeskApi): void {
  instance = next;
}

/** Packages the OS hands the desktop app (double-click); the browser shell never gets any. */
export function onOpenFile(listener: (path: string) => void): () => void {
  return window.peerdesk ? window.peerdesk.onOpenFile(listener) : () => undefined;
}
