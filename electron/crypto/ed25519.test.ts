import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ed25519PublicKey,
  ed25519Sign,
  ed25519Verify,
  generateSigningKeyPair,
  sign,
  signingPublicKeyFromPrivate,
  verify,
} from './ed25519';
import { seededByteSource } from '../../shared/random/bytes';
import { AppError } from '../../shared/errors';

const dir = join(import.meta.dirname, '../../test/fixtures/external/ed25519-vectors');
const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

interface RfcVector {
  priv: string;
  pub: string;
  msg: string;
  sig: string;
}
interface WycheproofTest {
  tcId: number;
  comment: string;
  msg: string;
  sig: string;
  result: 'valid' | 'invalid' | 'acceptable';
}
interface WycheproofGroup {
  publicKey: { pk: string };
  tests: WycheproofTest[];
}

describe('Ed25519 against RFC 8032', () => {
  const vectors = JSON.parse(readFileSync(join(dir, 'rfc8032-ed25519.json'), 'utf8')) as RfcVector[];
  it('has the vectors', () => expect(vectors.length).toBeGreaterThanOrEqual(4));
  it.each(vectors.map((v, i) => [i, v] as const))(
    'vector %i: derives the key, signs and verifies',
    (_i, v) => {
      expect(toHex(ed25519PublicKey(hex(v.priv)))).toBe(v.pub);
      expect(toHex(ed25519Sign(hex(v.priv), hex(v.msg)))).toBe(v.sig);
      expect(ed25519Verify(hex(v.pub), hex(v.msg), hex(v.sig))).toBe(true);
      const other = hex(v.msg + '00');
      expect(ed25519Verify(hex(v.pub), other, hex(v.sig))).toBe(false);
    },
  );
});

describe('Ed25519 against Wycheproof', () => {
  const file = JSON.parse(readFileSync(join(dir, 'ed25519_test.json'), 'utf8')) as {
    numberOfTests: number;
    testGroups: WycheproofGroup[];
  };
  it('matches the expected result of every vector', () => {
    const mismatches: string[] = [];
    let count = 0;
    for (const group of file.testGroups) {
      for (const t of group.tests) {
        count++;
        const ok = ed25519Verify(hex(group.publicKey.pk), hex(t.msg), hex(t.sig));
        // "acceptable" does not occur in this file; treat it as either.
        if (t.result !== 'acceptable' && ok !== (t.result === 'valid'))
          mismatches.push(`${t.tcId} ${t.comment}`);
      }
    }
    expect(count).toBe(file.numberOfTests);
    expect(mismatches).toEqual([]);
  });
});

describe('Ed25519 string API', () => {
  it('generates deterministic key pairs from the passed-in random source and round-trips', () => {
    const a = generateSigningKeyPair(seededByteSource('a'));
    expect(generateSigningKeyPair(seededByteSource('a'))).toEqual(a);
    expect(a.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signingPublicKeyFromPrivate(a.privateKey)).toBe(a.publicKey);
    const msg = new TextEncoder().encode('评审意见');
    const sig = sign(a.privateKey, msg);
    expect(sig).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(verify(a.publicKey, msg, sig)).toBe(true);
    const b = generateSigningKeyPair(seededByteSource('b'));
    expect(verify(b.publicKey, msg, sig)).toBe(false);
  });

  it('treats malformed keys and signatures as invalid, and refuses to sign with a malformed key', () => {
    const a = generateSigningKeyPair(seededByteSource('a'));
    const msg = new Uint8Array([1]);
    const sig = sign(a.privateKey, msg);
    expect(verify(a.publicKey, msg, `${sig}A`)).toBe(false);
    expect(verify(a.publicKey, msg, sig.slice(0, -1))).toBe(false);
    expect(verify('not a key', msg, sig)).toBe(false);
    expect(verify(a.publicKey.slice(1), msg, sig)).toBe(false);
    expect(() => sign('short', msg)).toThrow(AppError);
  });
});
