import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { base64urlDecode, base64urlEncode } from '../../shared/bundle/encoding';
import {
  PASSPHRASE_ENTROPY_BITS,
  canonicalGeneratedPassphrase,
  normalizePassphrase,
} from '../../shared/bundle/passphrase';
import { aesGcmOpen, aesGcmSeal } from './aead';
import { createSha256, hmacSha256, hmacSha256Base64url, sha256Hex, verifyHmacSha256 } from './hash';
import { generatePassphrase } from './random';
import {
  DEFAULT_SCRYPT_PARAMS,
  decryptWithPassphrase,
  deriveKeyFromPassphrase,
  encryptWithPassphrase,
} from './scrypt';
import { seededByteSource } from '../../shared/random/bytes';
import {
  deriveOpeningKey,
  deriveSealingKey,
  encryptionPublicKeyFromPrivate,
  generateEncryptionKeyPair,
  openSealedBox,
  sealToPublicKey,
  x25519,
  x25519PublicKey,
} from './x25519';

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('hashes and MACs', () => {
  it('SHA-256 and HMAC-SHA256 match published vectors', () => {
    expect(sha256Hex(text('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const inc = createSha256();
    inc.update(text('a'));
    inc.update(text('bc'));
    expect(inc.hex()).toBe(sha256Hex('abc'));
    // RFC 4231 test case 2
    const mac = hmacSha256(text('Jefe'), text('what do ya want for nothing?'));
    expect(toHex(mac)).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(base64urlDecode(hmacSha256Base64url(text('Jefe'), 'what do ya want for nothing?'))).toEqual(mac);
    expect(verifyHmacSha256(text('Jefe'), text('what do ya want for nothing?'), mac)).toBe(true);
    mac[0] = (mac[0] ?? 0) ^ 1;
    expect(verifyHmacSha256(text('Jefe'), text('what do ya want for nothing?'), mac)).toBe(false);
    expect(verifyHmacSha256(text('Jefe'), text('x'), new Uint8Array(3))).toBe(false);
  });
});

describe('X25519 and sealed boxes', () => {
  it('matches RFC 7748 §6.1', () => {
    const alice = hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
    const bob = hex('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
    expect(toHex(x25519PublicKey(alice))).toBe(
      '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
    );
    expect(toHex(x25519PublicKey(bob))).toBe(
      'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
    );
    const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
    expect(toHex(x25519(alice, x25519PublicKey(bob)))).toBe(shared);
    expect(toHex(x25519(bob, x25519PublicKey(alice)))).toBe(shared);
  });

  it('refuses a low-order public key', () => {
    const priv = hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
    expect(() => x25519(priv, new Uint8Array(32))).toThrow(AppError);
  });

  it('derives the same key on both sides and seals/opens boxes', () => {
    const office = generateEncryptionKeyPair(seededByteSource('office'));
    expect(encryptionPublicKeyFromPrivate(office.privateKey)).toBe(office.publicKey);
    const { ephemeralPublicKey, key } = deriveSealingKey(office.publicKey, seededByteSource('eph'));
    expect(deriveOpeningKey(office.privateKey, ephemeralPublicKey)).toEqual(key);

    const box = sealToPublicKey(office.publicKey, text('scores'), text('aad'));
    expect(openSealedBox(office.privateKey, box, text('aad'))).toEqual(text('scores'));
    expect(openSealedBox(office.privateKey, box, text('other aad'))).toBeUndefined();
    const other = generateEncryptionKeyPair(seededByteSource('other'));
    expect(openSealedBox(other.privateKey, box, text('aad'))).toBeUndefined();
    const flipped = box.slice();
    flipped[40] = (flipped[40] ?? 0) ^ 0x80;
    expect(openSealedBox(office.privateKey, flipped, text('aad'))).toBeUndefined();
    const lowOrder = box.slice();
    lowOrder.fill(0, 0, 32);
    expect(openSealedBox(office.privateKey, lowOrder, text('aad'))).toBeUndefined();
    expect(() => openSealedBox('bad', box)).toThrow(AppError);
  });
});

describe('AES-256-GCM', () => {
  it('seals as nonce ‖ ciphertext ‖ tag and authenticates the AAD', () => {
    const key = new Uint8Array(32).fill(7);
    const sealed = aesGcmSeal(key, text('hello'), text('payload/content.json.enc'), seededByteSource('n'));
    expect(sealed.length).toBe(12 + 5 + 16);
    expect(aesGcmOpen(key, sealed, text('payload/content.json.enc'))).toEqual(text('hello'));
    expect(aesGcmOpen(key, sealed, text('payload/other.enc'))).toBeUndefined();
    expect(aesGcmOpen(key, sealed.subarray(0, 20), text('payload/content.json.enc'))).toBeUndefined();
    expect(aesGcmOpen(new Uint8Array(32), sealed, text('payload/content.json.enc'))).toBeUndefined();
    expect(aesGcmOpen(key, aesGcmSeal(key, new Uint8Array(0), new Uint8Array(0)), new Uint8Array(0))).toEqual(
      new Uint8Array(0),
    );
    expect(() => aesGcmSeal(new Uint8Array(16), text('x'), text(''))).toThrow(AppError);
  });

  it('handles large plaintexts', () => {
    const key = new Uint8Array(32).fill(1);
    const big = new Uint8Array(5 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
    const sealed = aesGcmSeal(key, big, text('big'));
    const opened = aesGcmOpen(key, sealed, text('big'));
    expect(opened && Buffer.compare(opened, big)).toBe(0);
  });
});

describe('scrypt passphrase encryption', () => {
  it('matches the RFC 7914 §12 vector (N=1024, r=8, p=16)', async () => {
    const key = await deriveKeyFromPassphrase('password', text('NaCl'), { N: 1024, r: 8, p: 16 });
    // First 32 bytes of the 64-byte RFC output.
    expect(toHex(key)).toBe('fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162');
  });

  it('round-trips with the production parameters (N=2^15, r=8, p=1) and refuses a wrong passphrase', async () => {
    expect(DEFAULT_SCRYPT_PARAMS).toEqual({ N: 32768, r: 8, p: 1 });
    const box = await encryptWithPassphrase('K7QD-M2XP-9HTR-4ZEB-WC6N-1FJS', text('applications'));
    expect(box).toMatchObject({ N: 32768, r: 8, p: 1 });
    // Typed differently: lower case, spaces, O for 0, l for 1.
    expect(await decryptWithPassphrase('k7qd m2xp 9htr 4zeb wc6n lfjs', box)).toEqual(text('applications'));
    expect(await decryptWithPassphrase('K7QD-M2XP-9HTR-4ZEB-WC6N-1FJT', box)).toBeUndefined();
  });

  it('refuses parameters outside the bounds before doing any work', async () => {
    const salt = new Uint8Array(16);
    await expect(deriveKeyFromPassphrase('x', salt, { N: 2 ** 21, r: 8, p: 1 })).rejects.toThrow(AppError);
    await expect(deriveKeyFromPassphrase('x', salt, { N: 1000, r: 8, p: 1 })).rejects.toThrow(AppError);
    await expect(deriveKeyFromPassphrase('x', salt, { N: 2 ** 20, r: 32, p: 1 })).rejects.toThrow(AppError);
    const box = await encryptWithPassphrase('correct horse battery', text('x'), { params: FAST });
    expect(box.N).toBe(1024);
    expect(await decryptWithPassphrase('correct horse battery', { ...box, salt: 'bad' })).toBeUndefined();
  });
});

describe('passphrases', () => {
  it('have ≥ 100 bits, an unambiguous alphabet, and are reproducible from a seeded source', () => {
    expect(PASSPHRASE_ENTROPY_BITS).toBeGreaterThanOrEqual(100);
    const p = generatePassphrase(seededByteSource('p'));
    expect(p).toBe(generatePassphrase(seededByteSource('p')));
    expect(p).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/);
    expect(generatePassphrase()).not.toBe(generatePassphrase());
    expect(() => generatePassphrase(() => new Uint8Array(3))).toThrow(RangeError);
  });

  it('uses every symbol about equally often', () => {
    const counts = new Map<string, number>();
    const random = seededByteSource('dist');
    for (let i = 0; i < 2000; i++) {
      for (const c of generatePassphrase(random).replace(/-/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(counts.size).toBe(32);
    for (const n of counts.values()) expect(n).toBeGreaterThan(1300); // expected 1500
  });

  it('normalize typed variants of a generated passphrase, and leave other passphrases alone', () => {
    expect(canonicalGeneratedPassphrase(' k7qd-m2xp 9htr4zebwc6n-LFJS ')).toBe(
      'K7QD-M2XP-9HTR-4ZEB-WC6N-1FJS',
    );
    expect(canonicalGeneratedPassphrase('K7QD-M2XP-9HTR-4ZEB-WC6N-1FJ')).toBeUndefined();
    expect(canonicalGeneratedPassphrase('K7QD-M2XP-9HTR-4ZEB-WC6N-1FJU')).toBeUndefined();
    expect(normalizePassphrase('  Correct Horse  ')).toBe('Correct Horse');
    expect(normalizePassphrase('e\u0301')).toBe('\u00e9');
  });
});

describe('base64url', () => {
  it('is strict and canonical', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = seededByteSource(`b${n}`)(n);
      const s = base64urlEncode(bytes);
      expect(s).toBe(Buffer.from(bytes).toString('base64url'));
      expect(base64urlDecode(s)).toEqual(bytes);
    }
    expect(base64urlDecode('AB')).toBeUndefined(); // non-zero trailing bits
    expect(base64urlDecode('AQ==')).toBeUndefined();
    expect(base64urlDecode('A')).toBeUndefined();
    expect(base64urlDecode('A+/A')).toBeUndefined();
    expect(base64urlDecode('AQ')).toEqual(new Uint8Array([1]));
  });
});
