/**
 * Passphrases that humans can read aloud and type: Crockford base32 (digits and upper-case letters
 * without I, L, O, U), 24 symbols in six groups of four, e.g. `K7QD-M2XP-9HTR-4ZEB-WC6N-1FJS`.
 * 24 × 5 = 120 bits of entropy. Typing is forgiving: case, spaces and hyphens do not matter, and
 * O→0, I/L→1 are read as the digits they look like.
 *
 * Pure: the random source is a parameter (`RandomBytes`), so tests can seed it.
 */

/** Fills `n` random bytes; production passes a CSPRNG, tests a seeded generator. */
export type RandomBytes = (n: number) => Uint8Array;

export const PASSPHRASE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PASSPHRASE_GROUPS = 6;
export const PASSPHRASE_GROUP_SIZE = 4;
export const PASSPHRASE_SYMBOLS = PASSPHRASE_GROUPS * PASSPHRASE_GROUP_SIZE;
export const PASSPHRASE_ENTROPY_BITS = PASSPHRASE_SYMBOLS * Math.log2(PASSPHRASE_ALPHABET.length);
/** Shortest passphrase (in characters, after normalization) accepted when encrypting. */
export const MIN_PASSPHRASE_LENGTH = 12;

function group(symbols: string): string {
  const parts: string[] = [];
  for (let i = 0; i < symbols.length; i += PASSPHRASE_GROUP_SIZE)
    parts.push(symbols.slice(i, i + PASSPHRASE_GROUP_SIZE));
  return parts.join('-');
}

/** A new passphrase of 120 bits. 256 is a multiple of 32, so `byte & 31` is unbiased. */
export function generatePassphrase(randomBytes: RandomBytes): string {
  const bytes = randomBytes(PASSPHRASE_SYMBOLS);
  if (bytes.length !== PASSPHRASE_SYMBOLS)
    throw new RangeError('randomBytes returned the wrong number of bytes');
  let symbols = '';
  for (const b of bytes) symbols += PASSPHRASE_ALPHABET[b & 31];
  return group(symbols);
}

/** If `input` reads as a generated passphrase (any case, spacing, O/I/L look-alikes), its canonical form. */
export function canonicalGeneratedPassphrase(input: string): string | undefined {
  const compact = input
    .normalize('NFKC')
    .replace(/[\s-]/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== PASSPHRASE_SYMBOLS) return undefined;
  for (const c of compact) if (!PASSPHRASE_ALPHABET.includes(c)) return undefined;
  return group(compact);
}

/**
 * The exact text that goes into the key derivation: a generated passphrase in its canonical form
 * (so `k7qd m2xp …` opens what `K7QD-M2XP-…` sealed), any other passphrase NFC-normalized with
 * surrounding white space removed.
 */
export function normalizePassphrase(input: string): string {
  return canonicalGeneratedPassphrase(input) ?? input.normalize('NFC').trim();
}
