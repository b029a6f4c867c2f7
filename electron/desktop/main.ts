import { app, BrowserWindow, net, protocol, session } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { languageFromLocale } from '../../shared/i18n/translate';
import { systemServices } from '../core/app';
import { installProcessGuard } from '../core/process-guard';
import { createApp } from '../app';
import { contentSecurityPolicy } from '../security/csp';
import {
  APP_ORIGIN,
  APP_SCHEME,
  bundleFilesIn,
  hardenedWebPreferences,
  isAllowedNavigation,
  permissionDecision,
  rendererFileFor,
  windowOpenDecision,
} from '../security/policy';
import { ipcChannels } from '../../shared/contract/bridge';
import { cliArguments, runCliAndExit } from './cli-mode';
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

// Files the OS asks us to open arrive before or after the window exists; queue until it has loaded.
const pendingFiles: string[] = bundleFilesIn(process.argv.slice(1));
let deliverFile: ((file: string) => void) | null = null;
function openFile(file: string): void {
  if (deliverFile) deliverFile(file);
  else pendingFiles.push(file);
}

// `Peerdesk --cli …` runs the command line in this process: no window, and no single-instance lock.
const cliArgs = cliArguments(process.argv);
if (cliArgs) runCliAndExit(cliArgs);
else if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', (_event, argv) => bundleFilesIn(argv.slice(1)).forEach(openFile));
app.on('open-file', (event, file) => {
  event.preventDefault();
  openFile(file);
});

async function start(): Promise<void> {
  await app.whenReady();
  const services = systemServices({
    door: 'desktop',
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    systemLanguage: languageFromLocale(app.getLocale()),
  });
  // An error no request owns is logged; the window keeps working instead of the app dying.
  installProcessGuard(services.log);
  // Without an OS key store (Linux basic_text) office keys wait for the office passphrase.
  wireIpc(createApp({ ...services, keyProtector: safeStorageProtector(), requireKeyProtection: true }));

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
  deliverFile = (file) => {
    if (window.isMinimized()) window.restore();
    window.focus();
    window.webContents.send(ipcChannels.openFile, file);
  };
  pendingFiles.splice(0).forEach(deliverFile);
}

app.on('window-all-closed', () => app.quit());
if (!cliArgs) void start();
