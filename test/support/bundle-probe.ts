import { createRequire } from 'node:module';
import { build } from 'esbuild';

/**
 * Bundles a child-process probe with esbuild into one ESM file at `outfile`, so that a memory
 * figure it prints is the app's, not a TypeScript loader's. better-sqlite3 stays external (it is
 * native); the CommonJS packages (exceljs and friends) get a `require`.
 */
export async function bundleProbe(entry: string, outfile: string): Promise<void> {
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
    },
    plugins: [
      {
        name: 'native-sqlite',
        setup: (b) => b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: sqlite, external: true })),
      },
    ],
  });
}
