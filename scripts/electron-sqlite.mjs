// Desktop development needs better-sqlite3 compiled for Electron's ABI, while tests need the Node
// build in node_modules. We compile a second copy into .cache/ (never touching the Node build) and
// hand its path to the main process, which passes it to better-sqlite3 as `nativeBinding`.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function electronSqliteBinding(root) {
  const electronVersion = JSON.parse(
    readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
  ).version;
  const work = path.join(root, '.cache', `better-sqlite3-electron-${electronVersion}`);
  const binding = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  mkdirSync(work, { recursive: true });
  cpSync(path.join(root, 'node_modules/better-sqlite3'), work, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}build${path.sep}`),
  });
  const built = spawnSync(
    'npx',
    [
      'node-gyp',
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit' },
  );
  return built.status === 0 && existsSync(binding) ? binding : null;
}
