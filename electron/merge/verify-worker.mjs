// The verification worker when running from the sources (vitest, `npx tsx`): registers tsx, then
// loads the TypeScript body. Builds bundle verify-worker.ts itself to out/electron/verify-worker.mjs,
// so this file and tsx never ship (see WORKER_SCRIPT in verify-pool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./verify-worker.ts');
