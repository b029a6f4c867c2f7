import { randomBytes } from 'node:crypto';
import type { RandomBytes } from '../../shared/bundle/passphrase';
import { generatePassphrase as generateWith } from '../../shared/bundle/passphrase';
import { toU8 } from './bytes';

export type { RandomBytes };

/** The operating system's CSPRNG. */
export const secureRandomBytes: RandomBytes = (n) => toU8(randomBytes(n));

/** A new 120-bit passphrase (see shared/bundle/passphrase.ts); `random` defaults to the CSPRNG. */
export function generatePassphrase(random: RandomBytes = secureRandomBytes): string {
  return generateWith(random);
}
