import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { canonicalBytes, canonicalize } from '../../shared/canonical/jcs';
import type { BundleManifest } from '../../shared/bundle/manifest';
import { sha256Hex } from '../crypto/hash';
import { sign } from '../crypto/ed25519';
import { generateSigningKeyPair } from '../crypto/ed25519';
import { generateEncryptionKeyPair } from '../crypto/x25519';
import { generatePassphrase } from '../crypto/random';
import { seededByteSource } from '../../shared/random/bytes';
import { openBundle, writeBundle, type OpenBundleOptions, type WriteBundleInput } from './envelope';
import { readZip } from './zip-reader';
import { writeZip } from './zip-writer';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);
const FAST = { N: 2 ** 10, r: 8, p: 1 };

const office = generateSigningKeyPair(seededByteSource('office-sign'));
const reviewer = generateSigningKeyPair(seededByteSource('reviewer-sign'));
const mallory = generateSigningKeyPair(seededByteSource('mallory-sign'));
const officeBox = generateEncryptionKeyPair(seededByteSource('office-box'));
const otherBox = generateEncryptionKeyPair(seededByteSource('other-box'));
const PASSPHRASE = generatePassphrase(seededByteSource('passphrase'));
const pdfA = enc('%PDF-1.7 application A');
const pdfB = enc('%PDF-1.7 application B');
const nameA = `attachments/${sha256Hex(pdfA)}.pdf`;
const nameB = `attachments/${sha256Hex(pdfB)}.pdf`;

function packageInput(overrides: Partial<WriteBundleInput> = {}): WriteBundleInput {
  return {
    kind: 'assignment-package',
    bundleId: '0b8e3f8a-3c1d-4e5f-9a7b-1c2d3e4f5a6b',
    callId: 'call-2025-jq',
    callCode: 'GX-JQ-2025',
    sender: { role: 'office', id: 'office-1', name: '广西科技厅 项目主管' },
    recipient: { role: 'reviewer', id: 'reviewer-7' },
    createdAt: '2025-03-01T08:00:00.000Z',
    entries: [
      { name: 'content.json', bytes: enc(JSON.stringify({ applications: ['申请书 1', 'application 2'] })) },
      { name: nameA, bytes: pdfA },
      { name: nameB, bytes: pdfB },
    ],
    signingPrivateKey: office.privateKey,
    encryption: { scheme: 'passphrase', passphrase: PASSPHRASE, scrypt: FAST },
    random: seededByteSource('write'),
    ...overrides,
  };
}

function reviewInput(overrides: Partial<WriteBundleInput> = {}): WriteBundleInput {
  return {
    kind: 'review-bundle',
    bundleId: '5f0c6a2e-8d4b-4c3a-b2e1-9f8e7d6c5b4a',
    callId: 'call-2025-jq',
    callCode: 'GX-JQ-2025',
    sender: { role: 'reviewer', id: 'reviewer-7' },
    recipient: { role: 'office', id: 'office-1' },
    createdAt: '2025-03-09T21:30:00.000Z',
    entries: [{ name: 'content.json', bytes: enc('{"reviews":[{"score":4.5}]}') }],
    signingPrivateKey: reviewer.privateKey,
    encryption: { scheme: 'publicKey', recipientPublicKey: officeBox.publicKey },
    random: seededByteSource('write-review'),
    ...overrides,
  };
}

function resultsInput(overrides: Partial<WriteBundleInput> = {}): WriteBundleInput {
  return {
    kind: 'results-bundle',
    bundleId: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
    callId: 'call-2025-jq',
    callCode: 'GX-JQ-2025',
    sender: { role: 'office', id: 'office-1' },
    recipient: { role: 'office', id: 'archive' },
    createdAt: '2025-04-01T00:00:00.000Z',
    entries: [
      { name: 'content.json', bytes: enc(JSON.stringify({ ranking: [1, 2, 3], note: 'x'.repeat(2000) })) },
      { name: 'reports/ranking.csv', bytes: enc('rank,application\n1,A\n') },
    ],
    signingPrivateKey: office.privateKey,
    encryption: { scheme: 'none' },
    ...overrides,
  };
}

const openPackage: OpenBundleOptions = {
  expectedKind: 'assignment-package',
  decrypt: { passphrase: PASSPHRASE },
};
const openReview: OpenBundleOptions = {
  expectedKind: 'review-bundle',
  decrypt: { privateKey: officeBox.privateKey },
};
const openResults: OpenBundleOptions = { expectedKind: 'results-bundle', decrypt: 'none' };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code.replace('bundle.errors.', '');
    throw e;
  }
  return 'accepted';
}

async function rawEntries(bundle: Uint8Array): Promise<{ name: string; bytes: Uint8Array }[]> {
  const map = await readZip(bundle, { allowedNames: [/.*/] });
  return [...map].map(([name, bytes]) => ({ name, bytes }));
}

/** Rewrites a bundle: change the manifest (re-canonicalized, re-signed by `signer`) and/or the entries. */
async function craft(
  bundle: Uint8Array,
  change: {
    manifest?: (m: Record<string, unknown>) => unknown;
    manifestBytes?: (m: unknown) => Uint8Array;
    entries?: (e: { name: string; bytes: Uint8Array }[]) => { name: string; bytes: Uint8Array }[];
    signer?: string;
  },
): Promise<Uint8Array> {
  let entries = await rawEntries(bundle);
  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  let manifest: unknown = JSON.parse(dec(manifestEntry?.bytes));
  if (change.manifest) manifest = change.manifest(manifest as Record<string, unknown>);
  const bytes = change.manifestBytes ? change.manifestBytes(manifest) : canonicalBytes(manifest);
  entries = entries.map((e) => {
    if (e.name === 'manifest.json') return { name: e.name, bytes };
    if (e.name === 'manifest.sig')
      return { name: e.name, bytes: enc(sign(change.signer ?? office.privateKey, bytes)) };
    return e;
  });
  if (change.entries) entries = change.entries(entries);
  return writeZip(entries);
}

describe('round trips', () => {
  it('assignment package, passphrase (scrypt), from memory and from a file', async () => {
    const input = packageInput();
    const bundle = await writeBundle(input);
    const opened = await openBundle(bundle, openPackage);
    expect(opened.signerPublicKey).toBe(office.publicKey);
    expect(opened.digest).toBe(sha256Hex(bundle));
    expect([...opened.entries.keys()].sort()).toEqual(input.entries.map((e) => e.name).sort());
    for (const e of input.entries) expect(opened.entries.get(e.name)).toEqual(e.bytes);
    expect(opened.manifest).toMatchObject({
      format: 'peerdesk-bundle',
      formatVersion: 1,
      kind: 'assignment-package',
      callCode: 'GX-JQ-2025',
      sender: {
        role: 'office',
        id: 'office-1',
        name: '广西科技厅 项目主管',
        signingPublicKey: office.publicKey,
      },
      encryption: { scheme: 'scrypt-aes-256-gcm', N: 1024, r: 8, p: 1 },
    });
    expect(opened.manifest.entries.map((e) => e.name)).toEqual(
      [`payload/${nameA}.enc`, `payload/${nameB}.enc`, 'payload/content.json.enc'].sort(),
    );
    // The container holds only ciphertext.
    for (const { name, bytes } of await rawEntries(bundle)) {
      if (name.startsWith('payload/')) expect(dec(bytes)).not.toContain('申请书');
    }

    const dir = mkdtempSync(join(tmpdir(), 'peerdesk-bundle-'));
    try {
      const path = join(dir, 'package.peerdesk');
      writeFileSync(path, bundle);
      const fromFile = await openBundle(path, openPackage);
      expect(fromFile.digest).toBe(opened.digest);
      expect(fromFile.entries).toEqual(opened.entries);
      expect(readdirSync(dir)).toEqual(['package.peerdesk']);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('assignment package with the production scrypt parameters, typed passphrase variants accepted', async () => {
    const bundle = await writeBundle(
      packageInput({ encryption: { scheme: 'passphrase', passphrase: PASSPHRASE } }),
    );
    const typed = PASSPHRASE.toLowerCase().replace(/-/g, ' ');
    const opened = await openBundle(bundle, {
      expectedKind: 'assignment-package',
      decrypt: { passphrase: typed },
    });
    expect(opened.manifest.encryption).toMatchObject({ N: 32768, r: 8, p: 1 });
    expect(dec(opened.entries.get('content.json'))).toContain('申请书 1');
  });

  it('review bundle, encrypted to the office public key', async () => {
    const bundle = await writeBundle(reviewInput());
    const opened = await openBundle(bundle, openReview);
    expect(dec(opened.entries.get('content.json'))).toBe('{"reviews":[{"score":4.5}]}');
    expect(opened.signerPublicKey).toBe(reviewer.publicKey);
    expect(opened.manifest.recipient.encryptionPublicKey).toBe(officeBox.publicKey);
    expect(opened.manifest.encryption.scheme).toBe('x25519-hkdf-sha256-aes-256-gcm');
  });

  it('results bundle without encryption (names without .enc, content deflated)', async () => {
    const bundle = await writeBundle(resultsInput());
    const opened = await openBundle(bundle, openResults);
    expect([...opened.entries.keys()]).toEqual(['content.json', 'reports/ranking.csv']);
    expect(opened.manifest.entries.map((e) => e.name)).toEqual([
      'payload/content.json',
      'payload/reports/ranking.csv',
    ]);
    expect(bundle.length).toBeLessThan(1500);
  });

  it('is deterministic for the same input and random source', async () => {
    const a = await writeBundle(packageInput({ random: seededByteSource('same') }));
    const b = await writeBundle(packageInput({ random: seededByteSource('same') }));
    expect(Buffer.compare(a, b)).toBe(0);
    const c = await writeBundle(reviewInput({ random: seededByteSource('same') }));
    const d = await writeBundle(reviewInput({ random: seededByteSource('same') }));
    expect(Buffer.compare(c, d)).toBe(0);
  });

  it('carries the naughty strings through content and names', async () => {
    const blns = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../../test/fixtures/external/naughty-strings/blns.json'),
        'utf8',
      ),
    ) as string[];
    const content = enc(JSON.stringify(blns));
    const names = blns.filter((s) => s.length > 0 && s.length <= 200).slice(0, 60);
    for (const name of names) {
      const bundle = await writeBundle(
        resultsInput({
          sender: { role: 'office', id: name.slice(0, 128), name },
          callCode: name.slice(0, 64),
          entries: [{ name: 'content.json', bytes: content }],
        }),
      );
      const opened = await openBundle(bundle, openResults);
      expect(opened.manifest.sender.name).toBe(name);
      expect(opened.manifest.callCode).toBe(name.slice(0, 64));
      expect(Buffer.compare(opened.entries.get('content.json') ?? new Uint8Array(0), content)).toBe(0);
    }
  });
});

describe('keys and passphrases', () => {
  it('refuses a wrong passphrase, a wrong private key, and a missing or surplus secret', async () => {
    const pkg = await writeBundle(packageInput());
    const review = await writeBundle(reviewInput());
    const results = await writeBundle(resultsInput());
    const wrong = generatePassphrase(seededByteSource('wrong'));
    expect(await codeOf(openBundle(pkg, { ...openPackage, decrypt: { passphrase: wrong } }))).toBe(
      'wrongPassphrase',
    );
    expect(await codeOf(openBundle(pkg, { ...openPackage, decrypt: 'none' }))).toBe('passphraseRequired');
    expect(
      await codeOf(openBundle(pkg, { ...openPackage, decrypt: { privateKey: officeBox.privateKey } })),
    ).toBe('passphraseRequired');
    expect(
      await codeOf(openBundle(review, { ...openReview, decrypt: { privateKey: otherBox.privateKey } })),
    ).toBe('decryptFailed');
    expect(await codeOf(openBundle(review, { ...openReview, decrypt: 'none' }))).toBe('privateKeyRequired');
    expect(await codeOf(openBundle(review, { ...openReview, decrypt: { privateKey: 'nonsense' } }))).toBe(
      'invalidKey',
    );
    expect(await codeOf(openBundle(results, { ...openResults, decrypt: { passphrase: PASSPHRASE } }))).toBe(
      'notEncrypted',
    );
  });

  it('refuses to write with weak or inconsistent secrets', async () => {
    expect(
      await codeOf(writeBundle(packageInput({ encryption: { scheme: 'passphrase', passphrase: 'short' } }))),
    ).toBe('passphraseTooShort');
    expect(
      await codeOf(
        writeBundle(
          packageInput({ sender: { role: 'office', id: 'o', signingPublicKey: reviewer.publicKey } }),
        ),
      ),
    ).toBe('invalidKey');
    expect(
      await codeOf(
        writeBundle(
          reviewInput({ recipient: { role: 'office', id: 'o', encryptionPublicKey: otherBox.publicKey } }),
        ),
      ),
    ).toBe('invalidKey');
    expect(await codeOf(writeBundle(packageInput({ signingPrivateKey: 'x' })))).toBe('invalidKey');
  });
});

describe('what each kind may carry', () => {
  it('enforces schemes, roles, names and required entries when writing', async () => {
    expect(await codeOf(writeBundle(packageInput({ encryption: { scheme: 'none' } })))).toBe(
      'schemeNotAllowed',
    );
    expect(
      await codeOf(
        writeBundle(reviewInput({ encryption: { scheme: 'passphrase', passphrase: PASSPHRASE } })),
      ),
    ).toBe('schemeNotAllowed');
    expect(await codeOf(writeBundle(reviewInput({ sender: { role: 'office', id: 'x' } })))).toBe(
      'rolesNotAllowed',
    );
    expect(
      await codeOf(
        writeBundle(
          reviewInput({
            entries: [
              { name: 'content.json', bytes: enc('{}') },
              { name: nameA, bytes: pdfA },
            ],
          }),
        ),
      ),
    ).toBe('entryNameNotAllowed');
    expect(await codeOf(writeBundle(packageInput({ entries: [{ name: nameA, bytes: pdfA }] })))).toBe(
      'requiredEntryMissing',
    );
    expect(
      await codeOf(writeBundle(packageInput({ entries: [{ name: '../content.json', bytes: pdfA }] }))),
    ).toBe('entryNameNotAllowed');
    expect(
      await codeOf(
        writeBundle(
          packageInput({
            entries: [
              { name: 'content.json', bytes: pdfA },
              { name: 'content.json', bytes: pdfA },
            ],
          }),
        ),
      ),
    ).toBe('zipDuplicateName');
    expect(await codeOf(writeBundle(packageInput({ bundleId: 'not-a-uuid' })))).toBe('manifestInvalid');
    expect(await codeOf(writeBundle(packageInput({ createdAt: '2025-03-01' })))).toBe('manifestInvalid');
  });

  it('refuses a bundle of another kind with wrongKind', async () => {
    const review = await writeBundle(reviewInput());
    const e = await openBundle(review, { ...openPackage, expectedKind: 'assignment-package' }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('bundle.errors.wrongKind');
    expect((e as AppError).params).toEqual({ expected: 'assignment-package', actual: 'review-bundle' });
  });

  it('refuses a signed manifest that breaks the kind rules', async () => {
    const results = await writeBundle(resultsInput());
    const asPackage = await craft(results, { manifest: (m) => ({ ...m, kind: 'assignment-package' }) });
    expect(await codeOf(openBundle(asPackage, { ...openPackage, decrypt: 'none' }))).toBe('schemeNotAllowed');
    const roles = await craft(results, {
      manifest: (m) => ({ ...m, sender: { ...(m.sender as object), role: 'reviewer' } }),
    });
    expect(await codeOf(openBundle(roles, openResults))).toBe('rolesNotAllowed');
  });
});

describe('tampering', () => {
  it('detects a bit flip in every entry (rebuilt as a valid ZIP)', async () => {
    const bundle = await writeBundle(packageInput());
    const entries = await rawEntries(bundle);
    const outcomes: Record<string, string> = {};
    for (const target of entries) {
      const tampered = writeZip(
        entries.map((e) => {
          if (e.name !== target.name) return e;
          const bytes = e.bytes.slice();
          const i =
            e.name === 'manifest.json' ? e.bytes.indexOf('G'.charCodeAt(0)) : Math.floor(bytes.length / 2);
          bytes[i] = (bytes[i] ?? 0) ^ 0x04;
          return { name: e.name, bytes };
        }),
      );
      outcomes[target.name] = await codeOf(openBundle(tampered, openPackage));
    }
    expect(outcomes).toEqual({
      'manifest.json': 'signatureInvalid',
      'manifest.sig': 'signatureInvalid',
      [`payload/${nameA}.enc`]: 'entryDigestMismatch',
      [`payload/${nameB}.enc`]: 'entryDigestMismatch',
      'payload/content.json.enc': 'entryDigestMismatch',
    });
  });

  it('refuses a malformed signature entry', async () => {
    const bundle = await writeBundle(resultsInput());
    const bad = (bytes: Uint8Array): Promise<Uint8Array> =>
      craft(bundle, {
        entries: (es) => es.map((e) => (e.name === 'manifest.sig' ? { name: e.name, bytes } : e)),
      });
    expect(await codeOf(openBundle(await bad(enc('not base64!')), openResults))).toBe('signatureMalformed');
    expect(await codeOf(openBundle(await bad(new Uint8Array(0)), openResults))).toBe('signatureMalformed');
    expect(await codeOf(openBundle(await bad(new Uint8Array(300)), openResults))).toBe('signatureMalformed');
    const sig = (await rawEntries(bundle)).find((e) => e.name === 'manifest.sig')?.bytes ?? new Uint8Array(0);
    expect(await codeOf(openBundle(await bad(new Uint8Array([...sig, 0x0a])), openResults))).toBe(
      'signatureMalformed',
    );
    const noSig = await craft(bundle, { entries: (es) => es.filter((e) => e.name !== 'manifest.sig') });
    expect(await codeOf(openBundle(noSig, openResults))).toBe('missingSignature');
    const noManifest = await craft(bundle, { entries: (es) => es.filter((e) => e.name !== 'manifest.json') });
    expect(await codeOf(openBundle(noManifest, openResults))).toBe('missingManifest');
  });

  it('refuses a truncated file', async () => {
    const bundle = await writeBundle(packageInput());
    for (const cut of [1, 10, 22, 100, Math.floor(bundle.length / 2), bundle.length - 1]) {
      expect(await codeOf(openBundle(bundle.subarray(0, bundle.length - cut), openPackage))).toMatch(/^zip/);
    }
  });

  it('accepts a bundle re-signed with another key but reports that key', async () => {
    const bundle = await writeBundle(packageInput());
    const resigned = await craft(bundle, {
      manifest: (m) => ({ ...m, sender: { ...(m.sender as object), signingPublicKey: mallory.publicKey } }),
      signer: mallory.privateKey,
    });
    const opened = await openBundle(resigned, openPackage);
    expect(opened.signerPublicKey).toBe(mallory.publicKey);
    expect(opened.signerPublicKey).not.toBe(office.publicKey);
    // Signed by mallory while claiming the office key: refused.
    const forged = await craft(bundle, {
      manifest: (m) => ({ ...m, callCode: 'FORGED' }),
      signer: mallory.privateKey,
    });
    expect(await codeOf(openBundle(forged, openPackage))).toBe('signatureInvalid');
  });

  it('refuses unknown, unlisted, missing and duplicated entries', async () => {
    const bundle = await writeBundle(packageInput());
    const extra = (name: string): Promise<Uint8Array> =>
      craft(bundle, { entries: (es) => [...es, { name, bytes: enc('x') }] });
    expect(await codeOf(openBundle(await extra('payload/evil.exe'), openPackage))).toBe('zipNameNotAllowed');
    expect(await codeOf(openBundle(await extra('readme.txt'), openPackage))).toBe('zipNameNotAllowed');
    const unlisted = await extra(`payload/attachments/${'0'.repeat(64)}.pdf.enc`);
    expect(await codeOf(openBundle(unlisted, openPackage))).toBe('entryNotInManifest');
    const missing = await craft(bundle, {
      entries: (es) => es.filter((e) => e.name !== `payload/${nameA}.enc`),
    });
    expect(await codeOf(openBundle(missing, openPackage))).toBe('entryMissing');

    // Duplicate: rename an entry to the same name as another, in both headers.
    const entries = await rawEntries(bundle);
    const target = `payload/${nameB}.enc`;
    const twin = `payload/${nameA}.enc`;
    const zip = writeZip(entries);
    const patched = Buffer.from(zip);
    let at = patched.indexOf(target);
    let count = 0;
    while (at >= 0) {
      patched.write(twin, at, 'latin1');
      count++;
      at = patched.indexOf(target, at + 1);
    }
    expect(count).toBe(2);
    expect(await codeOf(openBundle(new Uint8Array(patched), openPackage))).toBe('zipDuplicateName');
  });

  it('refuses swapped ciphertexts even under a valid signature (the name is the AAD)', async () => {
    const bundle = await writeBundle(packageInput());
    const a = `payload/${nameA}.enc`;
    const b = `payload/${nameB}.enc`;
    const swapped = await craft(bundle, {
      manifest: (m) => ({
        ...m,
        entries: (m.entries as { name: string }[]).map((e) => ({
          ...e,
          name: e.name === a ? b : e.name === b ? a : e.name,
        })),
      }),
      entries: (es) => es.map((e) => ({ ...e, name: e.name === a ? b : e.name === b ? a : e.name })),
    });
    expect(await codeOf(openBundle(swapped, openPackage))).toBe('decryptFailed');
  });

  it('refuses entries whose size or digest disagree with a validly signed manifest', async () => {
    const bundle = await writeBundle(resultsInput());
    const sized = await craft(bundle, {
      manifest: (m) => ({
        ...m,
        entries: (m.entries as { size: number }[]).map((e) => ({ ...e, size: e.size + 1 })),
      }),
    });
    expect(await codeOf(openBundle(sized, openResults))).toBe('entrySizeMismatch');
    const hashed = await craft(bundle, {
      manifest: (m) => ({
        ...m,
        entries: (m.entries as object[]).map((e) => ({ ...e, sha256: '0'.repeat(64) })),
      }),
    });
    expect(await codeOf(openBundle(hashed, openResults))).toBe('entryDigestMismatch');
    const encName = await craft(bundle, {
      manifest: (m) => ({
        ...m,
        entries: (m.entries as { name: string }[]).map((e) => ({ ...e, name: `${e.name}.enc` })),
      }),
      entries: (es) => es.map((e) => (e.name.startsWith('payload/') ? { ...e, name: `${e.name}.enc` } : e)),
    });
    expect(await codeOf(openBundle(encName, openResults))).toBe('entryEncryptionMismatch');
    const noContent = await craft(bundle, {
      manifest: (m) => ({
        ...m,
        entries: (m.entries as { name: string }[]).filter((e) => e.name !== 'payload/content.json'),
      }),
      entries: (es) => es.filter((e) => e.name !== 'payload/content.json'),
    });
    expect(await codeOf(openBundle(noContent, openResults))).toBe('requiredEntryMissing');
  });
});

describe('manifest checks', () => {
  it('tells the user to update Peerdesk for a newer format, before schema checks', async () => {
    const bundle = await writeBundle(resultsInput());
    const newer = await craft(bundle, {
      manifest: (m) => ({ ...m, formatVersion: 2, somethingNew: { x: 1 } }),
    });
    const e = await openBundle(newer, openResults).catch((x: unknown) => x);
    expect((e as AppError).code).toBe('bundle.errors.newerFormat');
    expect((e as AppError).params).toEqual({ version: 2, supported: 1 });
  });

  it('refuses other formats, unknown keys, invalid fields, non-canonical and non-JSON manifests', async () => {
    const bundle = await writeBundle(resultsInput());
    const cases: [string, Parameters<typeof craft>[1]][] = [
      ['notABundle', { manifest: (m) => ({ ...m, format: 'other' }) }],
      ['notABundle', { manifest: () => [1, 2] }],
      ['manifestInvalid', { manifest: (m) => ({ ...m, extra: true }) }],
      ['manifestInvalid', { manifest: (m) => ({ ...m, sender: { ...(m.sender as object), extra: 1 } }) }],
      ['manifestInvalid', { manifest: (m) => ({ ...m, formatVersion: 0 }) }],
      ['manifestInvalid', { manifest: (m) => ({ ...m, formatVersion: 1.5 }) }],
      [
        'manifestInvalid',
        {
          manifest: (m) => ({
            ...m,
            encryption: {
              scheme: 'scrypt-aes-256-gcm',
              salt: 'AAAAAAAAAAAAAAAAAAAAAA',
              N: 2 ** 30,
              r: 8,
              p: 1,
            },
          }),
        },
      ],
      [
        'manifestInvalid',
        { manifest: (m) => ({ ...m, entries: [...(m.entries as object[]), ...(m.entries as object[])] }) },
      ],
      ['manifestNotCanonical', { manifestBytes: (m) => enc(JSON.stringify(m, null, 2)) }],
      ['manifestNotCanonical', { manifestBytes: (m) => enc(`${canonicalize(m)}\n`) }],
      ['jsonDuplicateKey', { manifestBytes: (m) => enc(`{"format":"x",${canonicalize(m).slice(1)}`) }],
      ['jsonSyntax', { manifestBytes: () => enc('{"format":') }],
      ['jsonTooDeep', { manifestBytes: () => enc('['.repeat(100)) }],
      ['jsonInvalidUtf8', { manifestBytes: () => new Uint8Array([0x7b, 0xff, 0x7d]) }],
    ];
    for (const [code, change] of cases) {
      expect(await codeOf(openBundle(await craft(bundle, change), openResults)), code).toBe(code);
    }
  });

  it('passes caller limits to the container reader', async () => {
    const bundle = await writeBundle(packageInput());
    expect(await codeOf(openBundle(bundle, { ...openPackage, limits: { maxEntries: 3 } }))).toBe(
      'zipTooManyEntries',
    );
    expect(await codeOf(openBundle(bundle, { ...openPackage, limits: { maxFileBytes: 100 } }))).toBe(
      'zipFileTooLarge',
    );
  });

  it('the manifest type is what the schema returns', async () => {
    const opened = await openBundle(await writeBundle(resultsInput()), openResults);
    const m: BundleManifest = opened.manifest;
    expect(Object.keys(m).sort()).toEqual(
      [
        'bundleId',
        'callCode',
        'callId',
        'createdAt',
        'encryption',
        'entries',
        'format',
        'formatVersion',
        'kind',
        'recipient',
        'sender',
      ].sort(),
    );
  });
});
