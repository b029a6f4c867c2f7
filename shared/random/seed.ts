/**
 * Seeds: a string (or number) is hashed to the 128-bit xoshiro state.
 *
 * Invariants:
 * - Pure 32-bit integer arithmetic over UTF-16 code units: the same seed text gives the same
 *   state everywhere. A number seed is hashed as its decimal text (`String(n)`), so 42 and "42"
 *   name the same stream.
 * - The result is never the all-zero state.
 * - Derived streams (chains, lottery) are named by appending a label, so independent uses of one
 *   recorded seed never share a stream.
 */
import type { XoshiroState } from './xoshiro128';

export type Seed = string | number;

/** splitmix32 finaliser: a bijection on uint32 that spreads every input bit. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export function seedText(seed: Seed): string {
  if (typeof seed === 'number') {
    if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number or a string');
    return String(seed);
  }
  return seed;
}

/** Hash seed text to four 32-bit words (cyrb128-style absorb, splitmix32 finalise). */
export function hashSeed(seed: Seed): XoshiroState {
  const text = seedText(seed);
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  // Absorb the length too, so "a" and "a\u0000" cannot collide through trailing zeros.
  h1 ^= text.length;
  const w0 = mix32(h1 ^ mix32(h4));
  const w1 = mix32(h2 ^ w0);
  const w2 = mix32(h3 ^ w1);
  const w3 = mix32(h4 ^ w2);
  if ((w0 | w1 | w2 | w3) === 0) return [1, 0, 0, 0];
  return [w0, w1, w2, w3];
}

/** The seed of a named sub-stream, e.g. deriveSeed(seed, 'chain', 2). */
export function deriveSeed(seed: Seed, ...labels: readonly (string | number)[]): string {
  return [seedText(seed), ...labels.map(String)].join('\u001f');
}
