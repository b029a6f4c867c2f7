// `npm start`: builds, then runs the desktop app when Electron's binary can be had, else the browser
// shell. Electron 42+ downloads its binary on first run; where that fails (no route to its host) we
// say so in one line and serve the same app over http://127.0.0.1 instead.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const run = (command, args, options = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options }).status === 0;

if (!run('npx', ['vite', 'build', '--logLevel', 'warn']) || !run('node', ['scripts/build-electron.mjs'])) {
  process.exit(1);
}

const binary = await electronBinary(root);
if (binary) {
  const binding = await import('./electron-sqlite.mjs').then((m) => m.electronSqliteBinding(root));
  const child = spawn(binary, ['.'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...(binding ? { PEERDESK_SQLITE_BINDING: binding } : {}) },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log("Electron's binary could not be downloaded here; starting the browser shell instead.");
  const shell = spawn('node', ['bin/peerdesk.mjs', 'serve', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => shell.kill(signal));
  shell.on('exit', (code) => process.exit(code ?? 0));
}
