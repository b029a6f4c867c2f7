import { describe, expect, it } from 'vitest';
import { base64urlDecode } from '../../shared/bundle/encoding';
import type { KeyProtector } from '../core/context';
import { generateEncryptionKeyPair, generateSigningKeyPair } from '../crypto';
import { seededByteSource } from '../../shared/random/bytes';
import { protectPrivateKey, unlockPrivateKey } from './key-store';

/** A stand-in for the OS key store: XOR with a fixed byte, enough to tell stored from raw. */
const xorProtector: KeyProtector = {
  kind: 'safe-storage',
  protect: (secret) => secret.map((byte) => byte ^ 0x5a),
  unprotect: (stored) => stored.map((byte) => byte ^ 0x5a),
};

function raw(privateKey: string): Uint8Array {
  const bytes = base64urlDecode(privateKey);
  if (!bytes) throw new Error('not base64url');
  return bytes;
}

describe('key store', () => {
  const random = seededByteSource('key-store');

  it('round-trips signing and encryption keys through a protector', () => {
    for (const [curve, pair] of [
      ['Ed25519', generateSigningKeyPair(random)],
      ['X25519', generateEncryptionKeyPair(random)],
    ] as const) {
      const stored = {
        publicKey: pair.publicKey,
        ...protectPrivateKey(raw(pair.privateKey), { keyProtector: xorProtector }),
      };
      expect(stored.protection).toBe('safe-storage');
      expect(stored.privateKey).not.toEqual(raw(pair.privateKey));
      expect(unlockPrivateKey(stored, curve, { keyProtector: xorProtector })).toBe(pair.privateKey);
    }
  });

  it('refuses with keys.errors.locked when this door has not the protector the key was stored with', () => {
    const pair = generateSigningKeyPair(random);
    const stored = {
      publicKey: pair.publicKey,
      ...protectPrivateKey(raw(pair.privateKey), { keyProtector: xorProtector }),
    };
    expect(() => unlockPrivateKey(stored, 'Ed25519', {})).toThrow(
      expect.objectContaining({ code: 'keys.errors.locked', params: { protection: 'safe-storage' } }),
    );
  });

  it('refuses with keys.errors.unreadable when the private key does not match the public key', () => {
    const pair = generateSigningKeyPair(random);
    const other = generateSigningKeyPair(random);
    const stored = {
      publicKey: pair.publicKey,
      privateKey: raw(other.privateKey),
      protection: 'none' as const,
    };
    expect(() => unlockPrivateKey(stored, 'Ed25519', {})).toThrow(
      expect.objectContaining({ code: 'keys.errors.unreadable' }),
    );
  });
});
