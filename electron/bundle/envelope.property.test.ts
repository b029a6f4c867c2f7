import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { canonicalize } from '../../shared/canonical/jcs';
import { generateSigningKeyPair } from '../crypto/ed25519';
import { generateEncryptionKeyPair } from '../crypto/x25519';
import { generatePassphrase } from '../crypto/random';
import { seededByteSource } from '../../shared/random/bytes';
import { openBundle, writeBundle, type OpenBundleOptions, type OpenedBundle } from './envelope';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const signer = generateSigningKeyPair(seededByteSource('prop-sign'));
const box = generateEncryptionKeyPair(seededByteSource('prop-box'));
const passphrase = generatePassphrase(seededByteSource('prop-pass'));
const base = {
  bundleId: '0b8e3f8a-3c1d-4e5f-9a7b-1c2d3e4f5a6b',
  callId: 'call-1',
  callCode: 'C-1',
  createdAt: '2025-03-01T08:00:00.000Z',
  signingPrivateKey: signer.privateKey,
  random: seededByteSource('prop-write'),
};

function same(a: OpenedBundle, b: OpenedBundle): boolean {
  if (canonicalize(a.manifest) !== canonicalize(b.manifest) || a.entries.size !== b.entries.size)
    return false;
  for (const [k, v] of a.entries) {
    const w = b.entries.get(k);
    if (!w || Buffer.compare(v, w) !== 0) return false;
  }
  return a.signerPublicKey === b.signerPublicKey;
}

async function checkEverySingleByteChange(
  bundle: Uint8Array,
  options: OpenBundleOptions,
  numRuns: number,
): Promise<void> {
  const reference = await openBundle(bundle, options);
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.nat({ max: bundle.length - 1 }),
      fc.integer({ min: 1, max: 255 }),
      async (index, delta) => {
        const mutated = bundle.slice();
        mutated[index] = ((mutated[index] ?? 0) + delta) & 0xff;
        try {
          const opened = await openBundle(mutated, options);
          accepted++;
          // Accepted only if the byte was one nothing depends on (timestamps, version fields, …).
          return same(opened, reference);
        } catch (e) {
          return e instanceof AppError; // refused cleanly, never a crash
        }
      },
    ),
    { numRuns, seed: 20250301 },
  );
  expect(accepted).toBeLessThan(numRuns / 2);
}

describe('any single-byte change to a valid bundle', () => {
  it('is refused or yields identical content (review bundle, X25519)', async () => {
    const bundle = await writeBundle({
      ...base,
      kind: 'review-bundle',
      sender: { role: 'reviewer', id: 'r-1' },
      recipient: { role: 'office', id: 'o-1' },
      entries: [{ name: 'content.json', bytes: enc('{"reviews":[{"application":"A-1","score":4}]}') }],
      encryption: { scheme: 'publicKey', recipientPublicKey: box.publicKey },
    });
    await checkEverySingleByteChange(
      bundle,
      { expectedKind: 'review-bundle', decrypt: { privateKey: box.privateKey } },
      400,
    );
  });

  it('is refused or yields identical content (results bundle, unencrypted and deflated)', async () => {
    const bundle = await writeBundle({
      ...base,
      kind: 'results-bundle',
      sender: { role: 'office', id: 'o-1' },
      recipient: { role: 'office', id: 'archive' },
      entries: [
        {
          name: 'content.json',
          bytes: enc(JSON.stringify({ ranking: Array.from({ length: 50 }, (_, i) => i) })),
        },
        { name: 'reports/ranking.csv', bytes: enc('rank,app\n1,A\n2,B\n') },
      ],
      encryption: { scheme: 'none' },
    });
    await checkEverySingleByteChange(bundle, { expectedKind: 'results-bundle', decrypt: 'none' }, 400);
  });

  it('is refused or yields identical content (assignment package, scrypt)', async () => {
    const bundle = await writeBundle({
      ...base,
      kind: 'assignment-package',
      sender: { role: 'office', id: 'o-1' },
      recipient: { role: 'reviewer', id: 'r-1' },
      entries: [{ name: 'content.json', bytes: enc('{"applications":[]}') }],
      encryption: { scheme: 'passphrase', passphrase, scrypt: { N: 1024, r: 1, p: 1 } },
    });
    await checkEverySingleByteChange(
      bundle,
      { expectedKind: 'assignment-package', decrypt: { passphrase } },
      200,
    );
  });

  it('is refused at every position that carries meaning (exhaustive over one small bundle)', async () => {
    const bundle = await writeBundle({
      ...base,
      kind: 'review-bundle',
      sender: { role: 'reviewer', id: 'r-1' },
      recipient: { role: 'office', id: 'o-1' },
      entries: [{ name: 'content.json', bytes: enc('{}') }],
      encryption: { scheme: 'publicKey', recipientPublicKey: box.publicKey },
    });
    const options: OpenBundleOptions = {
      expectedKind: 'review-bundle',
      decrypt: { privateKey: box.privateKey },
    };
    const reference = await openBundle(bundle, options);
    const ignored: number[] = [];
    for (let i = 0; i < bundle.length; i++) {
      const mutated = bundle.slice();
      mutated[i] = (mutated[i] ?? 0) ^ 0x01;
      try {
        const opened = await openBundle(mutated, options);
        expect(same(opened, reference), `byte ${i}`).toBe(true);
        ignored.push(i);
      } catch (e) {
        expect(e, `byte ${i}`).toBeInstanceOf(AppError);
      }
    }
    // Only header bytes nothing depends on: per entry, local version/time/date (6 bytes) and central
    // version-made-by/version-needed/time/date/internal/external attributes (14 bytes).
    expect(ignored.length).toBeLessThanOrEqual(3 * (6 + 14));
  });
});
