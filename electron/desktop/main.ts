import { app, BrowserWindow, net, protocol, session } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { languageFromLocale } from '../../shared/i18n/translate';
import { createApp, systemServices } from '../core/app';
import { contentSecurityPolicy } from '../security/csp';
import {
  APP_ORIGIN,
  APP_SCHEME,
  hardenedWebPreferences,
  isAllowedNavigation,
  permissionDecision,
  rendererFileFor,
  windowOpenDecision,
} from '../security/policy';
import { wireIpc } from './ipc';
import { safeStorageProtector } from './safe-storage';

const rendererDir = path.resolve(import.meta.dirname, '../renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

app.enableSandbox();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenDecision);
});

async function start(): Promise<void> {
  await app.whenReady();
  const services = systemServices({
    door: 'desktop',
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    systemLanguage: languageFromLocale(app.getLocale()),
  });
  wireIpc(createApp({ ...services, keyProtector: safeStorageProtector() }));

  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permissionDecision(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  protocol.handle(APP_SCHEME, async (request) => {
    const relative = rendererFileFor(request.url);
    if (!relative) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(path.join(rendererDir, relative)).toString());
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', contentSecurityPolicy);
    return new Response(response.body, { status: response.status, headers });
  });

  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Peerdesk',
    show: false,
    webPreferences: { ...hardenedWebPreferences, preload: path.join(import.meta.dirname, 'preload.cjs') },
  });
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => app.quit());
void start();
