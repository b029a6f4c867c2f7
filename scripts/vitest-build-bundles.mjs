// Vitest global setup (node project): rebuilds out/electron before the tests, so the tests that run
// `bin/peerdesk.mjs` or the bundled worker exercise the current sources, never a stale build.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export default function setup() {
  const root = path.resolve(import.meta.dirname, '..');
  const built = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('scripts/build-electron.mjs failed');
}
