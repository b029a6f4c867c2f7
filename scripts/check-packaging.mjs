// Checks the packaged layout offline: electron-builder packs the app against a stub "Electron"
// that carries only a fuse wire, so we can verify what `npm run dist` would ship without
// downloading Electron: the asar with main, preload, CLI, verification worker and renderer, no
// TypeScript and no build-time or renderer-only package inside, better-sqlite3 unpacked, and the
// fuses flipped. Prints one JSON line with what it found; exits 1 if anything is wrong.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import asar from '@electron/asar';

const root = path.resolve(import.meta.dirname, '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  'runAsNode',
  'cookieEncryption',
  'nodeOptions',
  'inspectArguments',
  'asarIntegrity',
  'onlyLoadAppFromAsar',
  'v8Snapshot',
  'fileProtocolPrivileges',
];
const expectedFuses = {
  runAsNode: '0',
  cookieEncryption: '1',
  nodeOptions: '0',
  inspectArguments: '0',
  asarIntegrity: '1',
  onlyLoadAppFromAsar: '1',
};

// Bundled into out/ by vite (renderer) or esbuild (main, CLI, worker), or needed only to build:
// none may ship in the asar's node_modules (docs/packaging.md).
const BUILD_ONLY_PACKAGES = [
  'tsx',
  'esbuild',
  'vite',
  'react',
  'react-dom',
  'scheduler',
  'i18next',
  'react-i18next',
  'zustand',
  '@tanstack/react-table',
  '@tanstack/react-virtual',
  '@tanstack/table-core',
  '@tanstack/virtual-core',
  'echarts',
  'zrender',
  'pdfjs-dist',
  'zod',
  'pdf-lib',
  'exceljs',
  'fflate',
];

const stubDir = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-electron-stub-'));
const stub = path.join(stubDir, 'electron');
// A fuse wire as Electron has it: sentinel, wire version 1, length, then one '0'/'1'/'r' per fuse.
writeFileSync(
  stub,
  Buffer.concat([
    Buffer.from(`#!/bin/sh\n# ${SENTINEL}`),
    Buffer.from([1, FUSES.length]),
    Buffer.from('1'.repeat(FUSES.length)),
    Buffer.from('\n'),
  ]),
);
chmodSync(stub, 0o755);
const output = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-release-'));

const run = (args) =>
  spawnSync('npx', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
if (
  !['main.mjs', 'cli.mjs', 'verify-worker.mjs'].every((file) =>
    existsSync(path.join(root, 'out/electron', file)),
  ) ||
  !existsSync(path.join(root, 'out/renderer/index.html'))
) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}
const built = run([
  'electron-builder',
  '--dir',
  '--config',
  'build/electron-builder.config.cjs',
  `-c.electronDist=${stubDir}`,
  `-c.directories.output=${output}`,
]);
if (built.status !== 0) {
  console.error(built.stdout, built.stderr);
  process.exit(1);
}

const unpacked = path.join(output, 'linux-unpacked');
const resources = path.join(unpacked, 'resources');
const files = asar.listPackage(path.join(resources, 'app.asar'));
const binary = readFileSync(path.join(unpacked, 'peerdesk'));
const wireAt = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
const fuses = Object.fromEntries(
  FUSES.map((name, index) => [name, String.fromCharCode(binary[wireAt + index])]),
);
// Top-level packages in the asar's node_modules, scoped ones as "@scope/name".
const packages = [
  ...new Set(
    files
      .map((file) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1])
      .filter((name) => name !== undefined),
  ),
].sort();
const facts = {
  asarHasMain: files.includes('/out/electron/main.mjs'),
  asarHasPreload: files.includes('/out/electron/preload.cjs'),
  asarHasCli: files.includes('/out/electron/cli.mjs'),
  asarHasWorker: files.includes('/out/electron/verify-worker.mjs'),
  // Including the chunks main, CLI and worker share.
  asarHasAllOfOutElectron: readdirSync(path.join(root, 'out/electron'))
    .filter((file) => !file.endsWith('.map'))
    .every((file) => files.includes(`/out/electron/${file}`)),
  asarHasRenderer: files.includes('/out/renderer/index.html'),
  asarHasNoTypeScript: !files.some((file) => /\.[cm]?tsx?$/.test(file)),
  packages,
  asarHasNoBuildOnlyPackages: BUILD_ONLY_PACKAGES.every((name) => !packages.includes(name)),
  asarHasNoSources: !files.some(
    (file) => file.startsWith('/electron/') || file.startsWith('/renderer/') || file.endsWith('.map'),
  ),
  sqliteUnpacked: existsSync(
    path.join(resources, 'app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
  ),
  fuses,
};
rmSync(output, { recursive: true, force: true });
rmSync(stubDir, { recursive: true, force: true });
const fusesOk = Object.entries(expectedFuses).every(([name, value]) => fuses[name] === value);
const ok =
  facts.asarHasMain &&
  facts.asarHasPreload &&
  facts.asarHasCli &&
  facts.asarHasWorker &&
  facts.asarHasAllOfOutElectron &&
  facts.asarHasRenderer &&
  facts.asarHasNoSources &&
  facts.asarHasNoTypeScript &&
  facts.asarHasNoBuildOnlyPackages &&
  facts.sqliteUnpacked &&
  fusesOk;
console.log(JSON.stringify({ ok, ...facts }));
process.exit(ok ? 0 : 1);
