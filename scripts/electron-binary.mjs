// Electron's binary for desktop runs (`npm start`, `npm run test:desktop`). Electron 42+ downloads
// it on first use; where its host cannot be reached we must learn that in seconds, not after a long
// download timeout, so a short reachability probe decides how long the download may take.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PROBE_MS = 5_000;
/** Long enough to download Electron (about 100 MB) over a slow line. */
const DOWNLOAD_MS = 600_000;
/** Unreachable host: still long enough to unpack a copy from @electron/get's cache. */
const CACHE_ONLY_MS = 15_000;

async function reachable(url) {
  try {
    await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(PROBE_MS) });
    return true;
  } catch {
    return false;
  }
}

/** The path of Electron's executable, downloading it first if need be; null where it cannot be had. */
export async function electronBinary(root) {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  const installed = () => {
    if (!existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8'));
    return existsSync(binary) ? binary : null;
  };
  if (installed()) return installed();
  if (process.env.PEERDESK_NO_ELECTRON === '1') return null;
  const host = process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/';
  const timeout = (await reachable(host)) ? DOWNLOAD_MS : CACHE_ONLY_MS;
  spawnSync(process.execPath, [path.join(dir, 'install.js')], { cwd: root, stdio: 'pipe', timeout });
  return installed();
}
