/**
 * Shuffling and sampling without replacement (Fisher–Yates with an unbiased integer draw).
 * Neither function mutates its input; both consume exactly one `int` call per position drawn.
 */
import type { Random } from './random';

/** A uniformly random permutation of `items`. */
export function shuffle<T>(rng: Random, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/**
 * `k` distinct items in draw order (partial Fisher–Yates from the front): the first element is
 * the first drawn. Every ordered k-subset is equally likely.
 */
export function sampleWithoutReplacement<T>(rng: Random, items: readonly T[], k: number): T[] {
  if (!Number.isInteger(k) || k < 0 || k > items.length) {
    throw new RangeError(`sample size must be an integer in [0, ${items.length}], got ${k}`);
  }
  const pool = items.slice();
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(pool.length - i);
    const tmp = pool[i] as T;
    pool[i] = pool[j] as T;
    pool[j] = tmp;
  }
  return pool.slice(0, k);
}
