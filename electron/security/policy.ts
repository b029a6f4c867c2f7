/**
 * The desktop window's security policy as plain data and pure functions, so it is tested without
 * Electron. electron/desktop/ applies it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'peerdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const hardenedWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

/** Only the app's own pages may be shown; everything else (links, drops, redirects) is refused. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** No window ever opens another window. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Camera, microphone, notifications, geolocation…: Peerdesk needs none, so every request is refused. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/** IPC is answered only for the app's own top-level page, never for a frame from elsewhere. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && frameUrl !== undefined && isAllowedNavigation(frameUrl);
}

/** Maps an app:// URL to a file under the renderer folder, refusing anything that escapes it. */
export function rendererFileFor(url: string): string | null {
  if (!isAllowedNavigation(url)) return null;
  const pathname = decodeURIComponent(new URL(url).pathname);
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  if (relative.split('/').some((part) => part === '..' || part === '') || relative.includes('\\'))
    return null;
  return relative;
}

const openableExtensions = ['.pdpkg'];

/** The assignment packages among a command line the OS passed (double-click, "Open with"). */
export function bundleFilesIn(argv: readonly string[]): string[] {
  return argv.filter(
    (arg) => !arg.startsWith('-') && openableExtensions.some((ext) => arg.toLowerCase().endsWith(ext)),
  );
}
