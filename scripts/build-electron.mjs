// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS) into out/electron.
// npm packages stay external: electron-builder ships node_modules, with better-sqlite3 unpacked.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  packages: 'external',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['electron/desktop/main.ts'],
  outfile: 'out/electron/main.js',
  format: 'esm',
});
await build({
  ...common,
  entryPoints: ['electron/desktop/preload.cts'],
  outfile: 'out/electron/preload.cjs',
  format: 'cjs',
});
