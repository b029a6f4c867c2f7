// Bundles the Node-side code into out/electron with esbuild (the renderer is vite's, in out/renderer):
//   main.mjs           the Electron main process (also runs the CLI for `Peerdesk --cli …`)
//   cli.mjs            the command line (`npx peerdesk`, bin/peerdesk.mjs)
//   verify-worker.mjs  the merge's verification worker thread, found beside the code that starts it
//   chunk-*.mjs        code the three share, built once (they are one esbuild build with splitting)
//   preload.cjs        the sandboxed preload (CommonJS, as a sandboxed preload must be)
// Every npm package is inlined except native addons, which cannot be bundled: better-sqlite3 is the
// only one, and `electron` is the runtime itself. So the app's `dependencies` are exactly those
// (docs/packaging.md). `npm install` runs this (the `prepare` script).
import { cpSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = 'out/electron';
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['better-sqlite3', 'electron'],
  logLevel: 'warning',
};

// Chunk names change with their contents: start empty so no stale chunk is left to be packed.
rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: {
      main: 'electron/desktop/main.ts',
      cli: 'electron/cli/main.ts',
      'verify-worker': 'electron/merge/verify-worker.ts',
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    splitting: true,
    // CommonJS packages inlined into an ES module still call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __peerdeskRequire } from 'node:module';\nconst require = __peerdeskRequire(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: ['electron/desktop/preload.cts'],
    outfile: `${outdir}/preload.cjs`,
    format: 'cjs',
  }),
]);

// The one font every PDF embeds a subset of (electron/pdf/cjk-font.ts): Noto Sans SC Regular
// only, not the package's other eight weights.
cpSync(
  'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  `${outdir}/fonts/NotoSansSC_400Regular.ttf`,
);
cpSync('node_modules/@expo-google-fonts/noto-sans-sc/LICENSE_FONT', `${outdir}/fonts/OFL.txt`);
