#!/usr/bin/env node
// The command-line door: runs the bundled CLI, out/electron/cli.mjs. `npm install` builds it (the
// `prepare` script runs scripts/build-electron.mjs, about a second); after editing the sources run
// `npm run build:node` again. The packaged app carries the same code: `Peerdesk --cli …`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../out/electron/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('peerdesk: out/electron/cli.mjs is missing; run `npm run build:node` first.\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
