import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isAppError, type ErrorParams } from '../../shared/errors';
import { verifyReviewBundle, type VerifiedBundle, type VerifySnapshot } from './verify-bundle';

/** Stage one's answer for one bundle: verified, or refused with an i18n code. */
export type VerifyOutcome =
  { ok: true; bundle: VerifiedBundle } | { ok: false; code: string; params: ErrorParams };

export interface Verifier {
  verify(source: string | Uint8Array): Promise<VerifyOutcome>;
  close(): Promise<void>;
}

export async function verifyOutcome(
  source: string | Uint8Array,
  snapshot: VerifySnapshot,
): Promise<VerifyOutcome> {
  try {
    return { ok: true, bundle: await verifyReviewBundle(source, snapshot) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, params: error.params };
    return {
      ok: false,
      code: 'errors.internal',
      params: { detail: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** Verification on the calling thread: small imports, and where worker threads cannot start. */
export function inlineVerifier(snapshot: VerifySnapshot): Verifier {
  return { verify: (source) => verifyOutcome(source, snapshot), close: () => Promise.resolve() };
}

/** Workers to use next to the thread that applies: one core stays with SQLite. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

const WORKER_SCRIPT = new URL('./verify-worker.mjs', import.meta.url);

interface Task {
  id: number;
  source: string | Uint8Array;
  resolve: (outcome: VerifyOutcome) => void;
}

interface PoolWorker {
  worker: Worker;
  task: Task | null;
}

/**
 * Verification in worker threads, so bundles are checked in parallel while the main thread applies
 * them in order. Undefined when the worker script is not on disk (e.g. inside a single-file build);
 * the caller then verifies inline. A worker that dies fails its task with `errors.internal` and is
 * not replaced; when none is left, the remaining tasks are verified inline.
 */
export function workerVerifier(snapshot: VerifySnapshot, size: number): Verifier | undefined {
  if (size < 1 || !existsSync(fileURLToPath(WORKER_SCRIPT))) return undefined;
  const queue: Task[] = [];
  let nextId = 0;
  let closed = false;
  const fallback = inlineVerifier(snapshot);

  const dispatch = () => {
    if (pool.length === 0) {
      for (const task of queue.splice(0)) void fallback.verify(task.source).then(task.resolve);
      return;
    }
    for (const member of pool) {
      if (member.task || queue.length === 0) continue;
      const task = queue.shift() as Task;
      member.task = task;
      member.worker.postMessage({ id: task.id, source: task.source });
    }
  };

  const pool: PoolWorker[] = [];
  for (let i = 0; i < size; i += 1) {
    const member: PoolWorker = { worker: new Worker(WORKER_SCRIPT, { workerData: snapshot }), task: null };
    member.worker.on('message', (message: { id: number; outcome: VerifyOutcome }) => {
      const task = member.task;
      member.task = null;
      if (task && task.id === message.id) task.resolve(message.outcome);
      dispatch();
    });
    member.worker.on('error', (error) => {
      pool.splice(pool.indexOf(member), 1);
      member.task?.resolve({ ok: false, code: 'errors.internal', params: { detail: error.message } });
      member.task = null;
      if (!closed) dispatch();
    });
    member.worker.unref();
    pool.push(member);
  }

  return {
    verify: (source) =>
      new Promise<VerifyOutcome>((resolve) => {
        queue.push({ id: (nextId += 1), source, resolve });
        dispatch();
      }),
    close: async () => {
      closed = true;
      const cancelled: VerifyOutcome = { ok: false, code: 'errors.cancelled', params: {} };
      for (const task of queue.splice(0)) task.resolve(cancelled);
      for (const member of pool) member.task?.resolve(cancelled);
      await Promise.all(pool.map((member) => member.worker.terminate()));
    },
  };
}
