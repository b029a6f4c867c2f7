/**
 * A deterministic byte source for tests and reproducible fixtures: SHA-256 in counter mode over a
 * seed. Never use it for real keys.
 */
import { createHash } from 'node:crypto';
import type { RandomBytes } from './random';

export function seededRandomBytes(seed: string): RandomBytes {
  let counter = 0;
  let pool = new Uint8Array(0);
  return (n) => {
    const out = new Uint8Array(n);
    let o = 0;
    while (o < n) {
      if (pool.length === 0)
        pool = new Uint8Array(createHash('sha256').update(`${seed}\u0000${counter++}`).digest());
      const take = Math.min(pool.length, n - o);
      out.set(pool.subarray(0, take), o);
      pool = pool.subarray(take);
      o += take;
    }
    return out;
  };
}
