import { readFile, stat } from 'node:fs/promises';
import type { LoggedBundle, MergeStore } from '../../db/repositories/merge';
import { DEFAULT_ZIP_LIMITS } from '../../shared/bundle/limits';
import { sha256Hex } from '../crypto/hash';
import type { Verifier, VerifyOutcome } from './verify-pool';

/** Files up to this size are read here to check the bundle log first; larger ones go to the verifier as paths. */
const PRECHECK_MAX_BYTES = 64 * 1024 * 1024;

export type VerifyStageResult =
  /** This exact file was applied before: nothing to verify. */
  | { kind: 'logged'; digest: string; logged: LoggedBundle }
  | { kind: 'checked'; digest: string | null; outcome: VerifyOutcome };

/**
 * The verify stage for one input: a file already in the bundle log (by SHA-256 of its bytes) is known
 * without verifying it again — a re-imported folder costs a hash per file, not a verification.
 * Anything else is verified; a file that cannot be read here is handed over as a path so the
 * verifier reports why, with the container limits applied before anything is read.
 */
export async function verifyStage(
  source: string | Uint8Array,
  store: MergeStore,
  verifier: Verifier,
): Promise<VerifyStageResult> {
  const bytes = typeof source === 'string' ? await readIfSmall(source) : source;
  const digest = bytes ? sha256Hex(bytes) : null;
  const logged = digest ? store.loggedBundle(digest) : undefined;
  if (digest && logged) return { kind: 'logged', digest, logged };
  return { kind: 'checked', digest, outcome: await verifier.verify(bytes ?? source) };
}

async function readIfSmall(path: string): Promise<Uint8Array | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > Math.min(PRECHECK_MAX_BYTES, DEFAULT_ZIP_LIMITS.maxFileBytes))
      return undefined;
    return new Uint8Array(await readFile(path));
  } catch {
    return undefined;
  }
}
