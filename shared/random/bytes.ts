import { Random } from './random';
import type { Seed } from './seed';

/**
 * A byte source drawn from a seeded stream: the same seed gives the same bytes, in the same order.
 * For the demo office and its simulated reviewers, whose ids, keys and passphrases must come out
 * the same on every run of one seed. Predictable by design: never the source of a real office.
 */
export function seededByteSource(seed: Seed): (length: number) => Uint8Array {
  const random = new Random(seed);
  return (length) => {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i += 4) {
      const word = random.uint32();
      for (let j = 0; j < 4 && i + j < length; j += 1) bytes[i + j] = (word >>> (8 * j)) & 0xff;
    }
    return bytes;
  };
}
