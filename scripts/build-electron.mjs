// Bundles the Node-side code into out/electron with esbuild (the renderer is vite's, in out/renderer):
//   main.js            the Electron main process (also runs the CLI for `Peerdesk --cli …`)
//   preload.cjs        the sandboxed preload (CommonJS, as a sandboxed preload must be)
//   cli.mjs            the command line (`npx peerdesk`, bin/peerdesk.mjs)
//   verify-worker.mjs  the merge's verification worker thread, found beside the code that starts it
// Every npm package is inlined except native addons, which cannot be bundled: better-sqlite3 is the
// only one, and `electron` is the runtime itself. So the app's `dependencies` are exactly those
// (docs/packaging.md). It takes about a second; `npm install` runs it (the `prepare` script).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['better-sqlite3', 'electron'],
  logLevel: 'warning',
};
// CommonJS packages inlined into an ES module still call require() for Node built-ins.
const esm = {
  ...common,
  format: 'esm',
  banner: {
    js: "import { createRequire as __peerdeskRequire } from 'node:module';\nconst require = __peerdeskRequire(import.meta.url);",
  },
};

await Promise.all([
  build({ ...esm, entryPoints: ['electron/desktop/main.ts'], outfile: 'out/electron/main.js' }),
  build({
    ...common,
    entryPoints: ['electron/desktop/preload.cts'],
    outfile: 'out/electron/preload.cjs',
    format: 'cjs',
  }),
  build({ ...esm, entryPoints: ['electron/cli/main.ts'], outfile: 'out/electron/cli.mjs' }),
  build({
    ...esm,
    entryPoints: ['electron/merge/verify-worker.ts'],
    outfile: 'out/electron/verify-worker.mjs',
  }),
]);
