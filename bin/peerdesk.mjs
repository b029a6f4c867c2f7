#!/usr/bin/env node
// The command-line door. TypeScript sources run through tsx, so `npx peerdesk` works straight
// after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
