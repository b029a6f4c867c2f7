import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode, hexDecode, hexEncode, isBase64urlOfLength } from './encoding';
import {
  SIGNATURE_PATTERN,
  bundleManifestSchema,
  key32Schema,
  manifestJsonSchema,
  salt16Schema,
  type BundleManifest,
} from './manifest';
import {
  containerNameRules,
  displayName,
  logicalEntryName,
  matchesNameRule,
  payloadNameRules,
  storedEntryName,
  unsafeNameReason,
} from './names';
import { resolveZipLimits, DEFAULT_ZIP_LIMITS } from './limits';

const KEY = base64urlEncode(new Uint8Array(32).fill(7));
const valid: BundleManifest = {
  format: 'peerdesk-bundle',
  formatVersion: 1,
  kind: 'review-bundle',
  bundleId: '5f0c6a2e-8d4b-4c3a-b2e1-9f8e7d6c5b4a',
  callId: 'call-1',
  callCode: 'C-1',
  sender: { role: 'reviewer', id: 'r-1', signingPublicKey: KEY },
  recipient: { role: 'office', id: 'o-1', encryptionPublicKey: KEY },
  createdAt: '2025-03-09T21:30:00.000Z',
  encryption: { scheme: 'x25519-hkdf-sha256-aes-256-gcm', ephemeralPublicKey: KEY },
  entries: [{ name: 'payload/content.json.enc', size: 40, sha256: 'a'.repeat(64) }],
};

describe('manifest schema', () => {
  it('accepts a valid manifest', () => {
    expect(bundleManifestSchema.parse(valid)).toEqual(valid);
  });

  it.each<[string, (m: BundleManifest) => unknown]>([
    ['an unknown top-level key', (m) => ({ ...m, extra: 1 })],
    ['an unknown sender key', (m) => ({ ...m, sender: { ...m.sender, extra: 1 } })],
    ['an unknown entry key', (m) => ({ ...m, entries: [{ ...m.entries[0], extra: 1 }] })],
    ['formatVersion 2', (m) => ({ ...m, formatVersion: 2 })],
    ['an upper-case UUID', (m) => ({ ...m, bundleId: m.bundleId.toUpperCase() })],
    ['a local time', (m) => ({ ...m, createdAt: '2025-03-09T21:30:00.000+08:00' })],
    ['a time without milliseconds', (m) => ({ ...m, createdAt: '2025-03-09T21:30:00Z' })],
    ['a padded key', (m) => ({ ...m, sender: { ...m.sender, signingPublicKey: `${KEY}=` } })],
    [
      'a non-canonical key',
      (m) => ({ ...m, sender: { ...m.sender, signingPublicKey: `${KEY.slice(0, 42)}x` } }),
    ],
    ['a missing encryption key for X25519', (m) => ({ ...m, recipient: { role: 'office', id: 'o' } })],
    ['duplicate entries', (m) => ({ ...m, entries: [...m.entries, ...m.entries] })],
    ['an entry outside payload/', (m) => ({ ...m, entries: [{ ...m.entries[0], name: 'content.json' }] })],
    ['an unsafe entry name', (m) => ({ ...m, entries: [{ ...m.entries[0], name: 'payload/../x' }] })],
    ['an upper-case digest', (m) => ({ ...m, entries: [{ ...m.entries[0], sha256: 'A'.repeat(64) }] })],
    ['a fractional size', (m) => ({ ...m, entries: [{ ...m.entries[0], size: 1.5 }] })],
    [
      'scrypt N not a power of two',
      (m) => ({
        ...m,
        encryption: { scheme: 'scrypt-aes-256-gcm', salt: 'A'.repeat(22), N: 3000, r: 8, p: 1 },
      }),
    ],
    [
      'scrypt needing 512 MiB',
      (m) => ({
        ...m,
        encryption: { scheme: 'scrypt-aes-256-gcm', salt: 'A'.repeat(22), N: 2 ** 20, r: 4, p: 1 },
      }),
    ],
    ['an unknown scheme', (m) => ({ ...m, encryption: { scheme: 'rot13' } })],
  ])('refuses %s', (_label, change) => {
    expect(bundleManifestSchema.safeParse(change(valid)).success).toBe(false);
  });

  it('is published in docs/bundle-container.md exactly as generated', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/bundle-container.md'), 'utf8');
    const m = /<!-- manifest-schema:start -->\s*```json\n([\s\S]*?)\n```\s*<!-- manifest-schema:end -->/.exec(
      doc,
    );
    expect(m).not.toBeNull();
    expect(JSON.parse(m?.[1] ?? 'null')).toEqual(manifestJsonSchema());
  });
});

describe('canonical base64url and hex', () => {
  it('the key, salt and signature patterns accept exactly the canonical encodings', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (b) => key32Schema.safeParse(base64urlEncode(b)).success,
      ),
    );
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (b) => salt16Schema.safeParse(base64urlEncode(b)).success,
      ),
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (b) =>
        SIGNATURE_PATTERN.test(base64urlEncode(b)),
      ),
    );
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 43, maxLength: 43 }), (chars) => {
        const s = chars.join('');
        return key32Schema.safeParse(s).success === isBase64urlOfLength(s, 32);
      }),
    );
  });

  it('round-trips arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        const s = base64urlEncode(b);
        return (
          s === Buffer.from(b).toString('base64url') &&
          Buffer.compare(base64urlDecode(s) ?? new Uint8Array([1, 2, 3]), b) === 0 &&
          hexEncode(b) === Buffer.from(b).toString('hex') &&
          Buffer.compare(hexDecode(hexEncode(b)) ?? new Uint8Array([1]), b) === 0
        );
      }),
    );
    expect(hexDecode('AB')).toBeUndefined();
    expect(hexDecode('abc')).toBeUndefined();
  });
});

describe('entry names', () => {
  it('classifies unsafe names', () => {
    expect(unsafeNameReason('payload/content.json.enc')).toBeUndefined();
    expect(unsafeNameReason('payload/评审/a b.pdf')).toBeUndefined();
    expect(unsafeNameReason('')).toBe('Empty');
    expect(unsafeNameReason('a\u0000b')).toBe('ControlChar');
    expect(unsafeNameReason('a\u0085b')).toBe('ControlChar');
    expect(unsafeNameReason('a\\b')).toBe('Backslash');
    expect(unsafeNameReason('/etc/passwd')).toBe('Absolute');
    expect(unsafeNameReason('C:/x')).toBe('DriveLetter');
    expect(unsafeNameReason('c:x')).toBe('DriveLetter');
    expect(unsafeNameReason('a/../../b')).toBe('Traversal');
    expect(unsafeNameReason('..')).toBe('Traversal');
    expect(unsafeNameReason('a//b')).toBe('Malformed');
    expect(unsafeNameReason('a/./b')).toBe('Malformed');
    expect(unsafeNameReason('dir/')).toBe('Malformed');
    expect(unsafeNameReason('a/b:stream')).toBe('Malformed');
    expect(unsafeNameReason('a..b/c...d')).toBeUndefined();
  });

  it('maps logical ⇄ stored names and allows each kind only its own', () => {
    expect(storedEntryName('content.json', true)).toBe('payload/content.json.enc');
    expect(storedEntryName('content.json', false)).toBe('payload/content.json');
    expect(logicalEntryName('payload/content.json.enc', true)).toBe('content.json');
    expect(logicalEntryName('payload/content.json.enc', false)).toBeUndefined();
    expect(logicalEntryName('payload/content.json', true)).toBeUndefined();
    expect(logicalEntryName('manifest.json', false)).toBeUndefined();
    const pdf = `attachments/${'ab'.repeat(32)}.pdf`;
    expect(matchesNameRule(pdf, payloadNameRules('assignment-package'))).toBe(true);
    expect(matchesNameRule(pdf, payloadNameRules('review-bundle'))).toBe(false);
    expect(
      matchesNameRule(`attachments/${'AB'.repeat(32)}.pdf`, payloadNameRules('assignment-package')),
    ).toBe(false);
    expect(matchesNameRule('content.jsonx', payloadNameRules('review-bundle'))).toBe(false);
    const rules = containerNameRules('assignment-package');
    for (const ok of [
      'manifest.json',
      'manifest.sig',
      'payload/content.json.enc',
      'payload/content.json',
      `payload/${pdf}.enc`,
    ]) {
      expect(matchesNameRule(ok, rules), ok).toBe(true);
    }
    for (const bad of [
      'payload/content.json.enc.enc',
      'x/manifest.json',
      'payload/reports/a.csv',
      `payload/${pdf}.exe`,
    ]) {
      expect(matchesNameRule(bad, rules), bad).toBe(false);
    }
  });

  it('escapes names for display', () => {
    expect(displayName('a\u0000b\u202e')).toBe('a\\u0000b\\u202e');
    expect(displayName('x'.repeat(500)).length).toBeLessThan(200);
  });
});

describe('limits', () => {
  it('merges overrides and refuses nonsense', () => {
    expect(resolveZipLimits({ maxEntries: 3 })).toEqual({ ...DEFAULT_ZIP_LIMITS, maxEntries: 3 });
    expect(() => resolveZipLimits({ maxEntries: Number.NaN })).toThrow(RangeError);
    expect(() => resolveZipLimits({ maxFileBytes: -1 })).toThrow(RangeError);
  });
});
