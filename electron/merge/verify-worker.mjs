// Entry of a verification worker thread. Peerdesk's Node-side sources are TypeScript run through
// tsx (as bin/peerdesk.mjs does), so the worker registers tsx before loading its body.
import { register } from 'tsx/esm/api';

register();
await import('./verify-worker.ts');
