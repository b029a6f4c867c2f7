import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { isAppError, type ErrorParams } from '../../shared/errors';
import { verifyBallotBundle, type VerifiedBallotBundle } from './verify-ballots';
import { verifyReviewBundle, type VerifiedBundle, type VerifySnapshot } from './verify-bundle';

/** The verify stage's answer for one bundle: verified, or refused with an i18n code. */
export type VerifyOutcome =
  | { ok: true; bundle: VerifiedBundle | VerifiedBallotBundle }
  | { ok: false; code: string; params: ErrorParams };

/**
 * A review bundle, or else a ballot bundle: the envelope names its kind before the signature is
 * checked, so a ballot bundle costs the review path only its manifest parse.
 */
async function verifyAnyBundle(
  source: string | Uint8Array,
  snapshot: VerifySnapshot,
): Promise<VerifiedBundle | VerifiedBallotBundle> {
  try {
    return await verifyReviewBundle(source, snapshot);
  } catch (error) {
    if (
      isAppError(error) &&
      error.code === 'bundle.errors.wrongKind' &&
      error.params.actual === 'ballot-bundle'
    ) {
      return verifyBallotBundle(source, snapshot);
    }
    throw error;
  }
}

export interface Verifier {
  verify(source: string | Uint8Array): Promise<VerifyOutcome>;
  close(): Promise<void>;
}

export async function verifyOutcome(
  source: string | Uint8Array,
  snapshot: VerifySnapshot,
): Promise<VerifyOutcome> {
  try {
    return { ok: true, bundle: await verifyAnyBundle(source, snapshot) };
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

/**
 * Workers to use next to the thread that applies (one core stays with SQLite). On two cores or
 * fewer: none. Applying, not verifying, is the longer half of a merge, and measured on a two-core
 * machine (bench/merge.bench.ts) a worker finished no sooner while adding a worker's start-up and
 * about 60 MB of memory; with more cores the workers run truly beside the applying thread.
 */
export function defaultWorkerCount(cores: number = availableParallelism()): number {
  return cores > 2 ? Math.min(4, cores - 1) : 0;
}

/**
 * The worker is the file `verify-worker.mjs` beside the code that starts it: in the sources
 * electron/merge/verify-worker.mjs (which loads verify-worker.ts through tsx, for tests), in a build
 * out/electron/verify-worker.mjs (the bundled worker, next to main.mjs and cli.mjs).
 */
const WORKER_SCRIPT = path.join(import.meta.dirname, 'verify-worker.mjs');
/** A worker holds one bundle in work at a time; a small old generation makes it collect garbage early. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/** What a worker posts: once `{ ready: true }` when its code is loaded, then one outcome per task. */
export type WorkerMessage = { ready: true } | { id: number; outcome: VerifyOutcome };

interface Task {
  source: string | Uint8Array;
  resolve: (outcome: VerifyOutcome) => void;
}

interface PoolWorker {
  worker: Worker;
  tasks: Map<number, Task>;
  /** Set once the worker has loaded its code; until then this thread verifies instead. */
  ready: boolean;
}

/**
 * Verification in worker threads, so bundles are checked in parallel while the main thread applies
 * them in order. Tasks are posted to a worker at once (it queues them itself): the main thread is
 * often busy inside SQLite and must not be needed to hand a worker its next bundle. Undefined when
 * `size` is 0 (the caller verifies inline); a missing worker script is a broken build and throws.
 * While the workers load their code (a second or two), this thread — idle, waiting for its first
 * batch — verifies. A worker that dies fails its tasks with `errors.internal` and is not
 * replaced; when none is left, the remaining tasks are verified inline.
 */
export function workerVerifier(snapshot: VerifySnapshot, size: number): Verifier | undefined {
  if (size < 1) return undefined;
  if (!existsSync(WORKER_SCRIPT)) throw new Error(`verification worker missing: ${WORKER_SCRIPT}`);
  const fallback = inlineVerifier(snapshot);
  const pool: PoolWorker[] = [];
  let nextId = 0;
  for (let i = 0; i < size; i += 1) {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SCRIPT, { workerData: snapshot, resourceLimits: WORKER_LIMITS });
    } catch {
      break; // e.g. no threads in this runtime: whatever started (or the inline fallback) verifies.
    }
    const member: PoolWorker = { worker, tasks: new Map(), ready: false };
    member.worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        member.ready = true;
        return;
      }
      member.tasks.get(message.id)?.resolve(message.outcome);
      member.tasks.delete(message.id);
    });
    member.worker.on('error', (error) => {
      pool.splice(pool.indexOf(member), 1);
      for (const task of member.tasks.values()) {
        task.resolve({ ok: false, code: 'errors.internal', params: { detail: error.message } });
      }
      member.tasks.clear();
    });
    pool.push(member);
  }

  return {
    verify: (source) => {
      const member = pool.reduce<PoolWorker | undefined>(
        (best, candidate) =>
          candidate.ready && (!best || candidate.tasks.size < best.tasks.size) ? candidate : best,
        undefined,
      );
      if (!member) return fallback.verify(source);
      return new Promise<VerifyOutcome>((resolve) => {
        const id = (nextId += 1);
        member.tasks.set(id, { source, resolve });
        // Bytes that own their whole buffer move to the worker instead of being copied.
        const owned =
          typeof source !== 'string' &&
          source.byteOffset === 0 &&
          source.byteLength === source.buffer.byteLength;
        member.worker.postMessage({ id, source }, owned ? [source.buffer as ArrayBuffer] : []);
      });
    },
    close: async () => {
      const cancelled: VerifyOutcome = { ok: false, code: 'errors.cancelled', params: {} };
      for (const member of pool) {
        for (const task of member.tasks.values()) task.resolve(cancelled);
        member.tasks.clear();
      }
      await Promise.all(pool.map((member) => member.worker.terminate()));
    },
  };
}
