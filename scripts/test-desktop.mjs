// `npm run test:desktop`: the built app in real Electron, driven by playwright-core's _electron under
// Xvfb. It opens a workspace over IPC, checks the main window cannot be navigated to another origin
// and that a page which is not the app's main window gets `errors.untrustedSender` from the same
// bridge, and runs `--cli --help` in the main process. Where Electron's binary cannot be had (Electron
// 42 downloads it on first run) it prints one line, `skipped: no Electron binary`, and exits 0.
// Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron } from 'playwright-core';
import { electronBinary } from './electron-binary.mjs';
import { electronSqliteBinding } from './electron-sqlite.mjs';

const root = path.resolve(import.meta.dirname, '..');

const binary = await electronBinary(root);
if (!binary) {
  console.log('skipped: no Electron binary');
  process.exit(0);
}

// Electron needs a display: on Linux without one, run this script again inside a virtual one.
if (process.platform === 'linux' && !process.env.DISPLAY) {
  const again = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(again.status ?? 1);
}

const build = (args) => spawnSync('npx', args, { cwd: root, stdio: 'inherit' }).status === 0;
if (!build(['vite', 'build', '--logLevel', 'warn']) || !build(['node', 'scripts/build-electron.mjs'])) {
  process.exit(1);
}
const sqliteBinding = electronSqliteBinding(root);
if (!sqliteBinding) {
  console.error('better-sqlite3 could not be compiled for Electron (scripts/electron-sqlite.mjs).');
  process.exit(1);
}

const home = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-desktop-'));
// Electron keeps app.getPath('userData') under XDG_CONFIG_HOME on Linux; the CLI uses PEERDESK_DATA_DIR.
const env = {
  ...process.env,
  PEERDESK_SQLITE_BINDING: sqliteBinding,
  XDG_CONFIG_HOME: path.join(home, 'config'),
  PEERDESK_DATA_DIR: path.join(home, 'data'),
};
let failed = 0;
function check(name, passed, detail) {
  console.log(`${passed ? '✔' : '✘'} ${name}${passed ? '' : `: ${JSON.stringify(detail)}`}`);
  if (!passed) failed += 1;
}

const app = await _electron.launch({ executablePath: binary, args: [root], cwd: root, env, timeout: 60_000 });
try {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  // APP_ORIGIN in electron/security/policy.ts (Node's URL gives a custom scheme no origin).
  const appOrigin = 'app://peerdesk/';
  check('the main window shows the app', page.url().startsWith(appOrigin), page.url());

  const workspace = path.join(home, 'office.peerdesk.sqlite');
  const invoke = (channel, request) =>
    page.evaluate(
      ([name, body]) => globalThis.peerdesk.invoke(name, body, 'desktop-test', 'en'),
      [channel, request],
    );
  const created = await invoke('workspace.create', { name: 'Desktop test', role: 'office', path: workspace });
  check('workspace.create over IPC opens a workspace', created.ok === true, created);
  const info = await invoke('app.info', {});
  check(
    'app.info over IPC reports the desktop door and the open workspace',
    info.ok === true && info.value.door === 'desktop' && info.value.workspace?.name === 'Desktop test',
    info,
  );

  // A navigation to another origin is cancelled (will-navigate), so the bridge stays with the app.
  await page.evaluate(() => {
    globalThis.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(1_000);
  const after = await invoke('app.info', {});
  check(
    'the main window cannot navigate to another origin, and still reaches the app',
    page.url().startsWith(appOrigin) && after.ok === true,
    { url: page.url(), after },
  );

  // The same preload in a window that is not the app's main frame: the main process refuses it.
  const preload = path.join(root, 'out', 'electron', 'preload.cjs');
  const foreign = await app.evaluate(async ({ BrowserWindow }, preloadPath) => {
    const other = new BrowserWindow({
      show: false,
      webPreferences: { preload: preloadPath, sandbox: true, contextIsolation: true },
    });
    await other.loadURL('data:text/html,<p>not Peerdesk</p>');
    try {
      return await other.webContents.executeJavaScript(
        "window.peerdesk.invoke('app.info', {}, 'foreign', 'en')",
      );
    } finally {
      other.destroy();
    }
  }, preload);
  check(
    'a page that is not the main window is refused',
    foreign?.ok === false && foreign.code === 'errors.untrustedSender',
    foreign,
  );
} finally {
  await app.close();
}

const cli = spawnSync(binary, [root, '--cli', '--help', '--lang', 'en'], {
  cwd: root,
  env,
  encoding: 'utf8',
});
check(
  '`--cli --help` runs the command line in the main process',
  cli.status === 0 && cli.stdout.includes('Peerdesk — offline review of grant applications.'),
  { status: cli.status, stdout: cli.stdout, stderr: cli.stderr },
);

rmSync(home, { recursive: true, force: true });
console.log(failed === 0 ? 'desktop: all checks passed' : `desktop: ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
