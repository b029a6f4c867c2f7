import { parentPort, workerData } from 'node:worker_threads';
import type { VerifySnapshot } from './verify-bundle';
import { verifyOutcome } from './verify-pool';

/** Worker thread body: verifies the bundles the pool sends, one at a time, with the office snapshot. */
const snapshot = workerData as VerifySnapshot;
const port = parentPort;
if (!port) throw new Error('verify-worker must run in a worker thread');
port.on('message', (message: { id: number; source: string | Uint8Array }) => {
  void verifyOutcome(message.source, snapshot).then((outcome) =>
    port.postMessage({ id: message.id, outcome }),
  );
});
