import { parentPort, workerData } from 'node:worker_threads';
import type { VerifySnapshot } from './verify-bundle';
import { verifyOutcome, type WorkerMessage } from './verify-pool';

/**
 * Worker thread body: verifies the bundles the pool posts, strictly one after another (a queue, so
 * memory holds one bundle in work however many are waiting), with the office snapshot.
 */
const snapshot = workerData as VerifySnapshot;
const port = parentPort;
if (!port) throw new Error('verify-worker must run in a worker thread');
let queue: Promise<void> = Promise.resolve();
const post = (message: WorkerMessage) => port.postMessage(message);
port.on('message', (message: { id: number; source: string | Uint8Array }) => {
  queue = queue.then(async () =>
    post({ id: message.id, outcome: await verifyOutcome(message.source, snapshot) }),
  );
});
post({ ready: true });
